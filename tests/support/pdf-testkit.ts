/**
 * Test helpers: inspect a PDF the way a person would — poppler's text extraction, font list and
 * rasteriser — and read QR codes back from the pixels. Test-only; needs poppler-utils on PATH.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';

const run = promisify(execFile);

async function withPdfFile<T>(pdf: Uint8Array, fn: (path: string, dir: string) => Promise<T>): Promise<T> {
  const dir = await mkdtemp(join(tmpdir(), 'kiosk-pdf-'));
  try {
    const path = join(dir, 'doc.pdf');
    await writeFile(path, pdf);
    return await fn(path, dir);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** `pdftotext -enc UTF-8 -layout`, one page or all. */
export function pdfText(pdf: Uint8Array, page?: number): Promise<string> {
  return withPdfFile(pdf, async (path) => {
    const range = page === undefined ? [] : ['-f', String(page), '-l', String(page)];
    const { stdout } = await run('pdftotext', ['-enc', 'UTF-8', '-layout', ...range, path, '-'], { encoding: 'utf8' });
    return stdout;
  });
}

/** Runs of spaces and tabs collapsed: -layout pads columns, which is not what we test. */
export function squeeze(s: string): string {
  return s.replace(/[ \t]+/g, ' ');
}

export type PdfWord = { text: string; page: number; xMin: number; yMin: number; xMax: number; yMax: number };

function decodeEntities(s: string): string {
  return s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');
}

/** Word boxes in points, origin top-left (`pdftotext -bbox`). */
export function pdfWords(pdf: Uint8Array): Promise<PdfWord[]> {
  return withPdfFile(pdf, async (path) => {
    const { stdout } = await run('pdftotext', ['-enc', 'UTF-8', '-bbox', path, '-'], { encoding: 'utf8' });
    const words: PdfWord[] = [];
    let page = 0;
    for (const line of stdout.split('\n')) {
      if (line.includes('<page ')) page++;
      const m = /<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">(.*)<\/word>/.exec(line);
      if (m) {
        words.push({
          text: decodeEntities(m[5] ?? ''),
          page,
          xMin: Number(m[1]),
          yMin: Number(m[2]),
          xMax: Number(m[3]),
          yMax: Number(m[4]),
        });
      }
    }
    return words;
  });
}

export type PdfFontRow = { name: string; type: string; embedded: boolean; subset: boolean; unicode: boolean };

export function pdfFonts(pdf: Uint8Array): Promise<PdfFontRow[]> {
  return withPdfFile(pdf, async (path) => {
    const { stdout } = await run('pdffonts', [path], { encoding: 'utf8' });
    return stdout
      .split('\n')
      .slice(2)
      .filter((l) => l.trim() !== '')
      .map((l) => {
        // name type… encoding emb sub uni object ID — the type can contain spaces, so parse from the right.
        const cols = l.trim().split(/\s+/);
        const n = cols.length;
        return {
          name: cols[0] ?? '',
          type: cols.slice(1, n - 6).join(' '),
          embedded: cols[n - 5] === 'yes',
          subset: cols[n - 4] === 'yes',
          unicode: cols[n - 3] === 'yes',
        };
      });
  });
}

/** Page sizes in points, from `pdfinfo`. */
export function pdfPageSizes(pdf: Uint8Array): Promise<{ width: number; height: number }[]> {
  return withPdfFile(pdf, async (path) => {
    const { stdout } = await run('pdfinfo', ['-f', '1', '-l', '999', path], { encoding: 'utf8' });
    return [...stdout.matchAll(/^Page\s+\d+ size:\s+([\d.]+) x ([\d.]+) pts/gm)].map((m) => ({
      width: Number(m[1]),
      height: Number(m[2]),
    }));
  });
}

/** One page rendered by pdftoppm, as PNG bytes. */
export function rasterize(pdf: Uint8Array, page: number, dpi: number): Promise<Buffer> {
  return withPdfFile(pdf, async (path, dir) => {
    const out = join(dir, 'page');
    await run('pdftoppm', ['-png', '-r', String(dpi), '-f', String(page), '-l', String(page), '-singlefile', path, out]);
    return readFile(`${out}.png`);
  });
}

/** Decodes the QR in a PNG and returns its raw bytes as UTF-8 text, or null when none is found. */
export function decodeQrFromPng(png: Buffer): string | null {
  const img = PNG.sync.read(png);
  const rgba = new Uint8ClampedArray(img.data.buffer, img.data.byteOffset, img.data.byteLength);
  const code = jsQR(rgba, img.width, img.height);
  return code ? Buffer.from(code.binaryData).toString('utf8') : null;
}
