/** Serves the built renderer from one folder; refuses anything that resolves outside it. */
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';

const TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
  '.ico': 'image/x-icon',
  '.pdf': 'application/pdf',
  // The call board's voice clips (resources/voice).
  '.wav': 'audio/wav',
};

export type StaticResult = { readonly status: 200; readonly body: Buffer; readonly contentType: string } | { readonly status: 403 | 404 };

export async function readStaticFile(root: string, urlPath: string): Promise<StaticResult> {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return { status: 403 };
  }
  if (decoded.includes('\0')) return { status: 403 };
  const base = resolve(root);
  const rel = decoded === '/' || decoded === '' ? 'index.html' : normalize(decoded).replace(/^([/\\])+/, '');
  const file = resolve(join(base, rel));
  if (file !== base && !file.startsWith(base + sep)) return { status: 403 };
  try {
    const st = await stat(file);
    if (!st.isFile()) return { status: 404 };
    return { status: 200, body: await readFile(file), contentType: TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream' };
  } catch {
    return { status: 404 };
  }
}
