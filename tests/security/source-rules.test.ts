/**
 * Static rules over the source tree (main, preload, renderer, native, scripts): the checklist
 * items that are about what the code must never contain, and the process boundaries that keep the
 * Electron surface in a handful of files. Comments are stripped first, so documentation may name
 * the forbidden things.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const SCANNED = ['main', 'preload', 'renderer', 'native', 'scripts'];
const CODE_FILE = /\.(ts|tsx|mts|cts|js|mjs|cjs)$/;
const TEST_FILE = /\.(test|spec)\.(ts|tsx|js)$/;

interface SourceFile {
  readonly path: string; // repo-relative, forward slashes
  readonly code: string; // comments stripped
}

/** Removes block comments and `//` comments that start a line or follow whitespace (so `app://` survives). */
const stripComments = (text: string): string => text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|\s)\/\/.*$/gm, '$1');

function walk(dir: string, out: string[]): void {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return;
  }
  for (const e of entries) {
    if (e.name === 'node_modules' || e.name.startsWith('.')) continue;
    const full = join(dir, e.name);
    if (e.isDirectory()) walk(full, out);
    else if (CODE_FILE.test(e.name) && !TEST_FILE.test(e.name)) out.push(full);
  }
}

const files: readonly SourceFile[] = (() => {
  const paths: string[] = [];
  for (const d of SCANNED) walk(join(ROOT, d), paths);
  return paths.map((p) => ({ path: relative(ROOT, p).split(sep).join('/'), code: stripComments(readFileSync(p, 'utf8')) }));
})();

/** Files whose (comment-free) code matches `pattern`, except the allowed ones. */
const offenders = (pattern: RegExp, allowed: (path: string) => boolean = () => false): string[] =>
  files.filter((f) => !allowed(f.path) && pattern.test(f.code)).map((f) => f.path);

const ELECTRON_IMPORT = /(?:from\s*|import\s*\(\s*|require\s*\(\s*|import\s+)['"]electron(?:\/[^'"]*)?['"]/;
const electronAllowed = (p: string): boolean => p === 'main/index.ts' || p.startsWith('main/shell/') || p === 'preload/index.ts';

describe('source tree rules', () => {
  it('scans the real tree (sanity: the shell files are found)', () => {
    const paths = files.map((f) => f.path);
    expect(paths).toEqual(
      expect.arrayContaining(['main/index.ts', 'main/shell/ipc-electron.ts', 'main/shell/kiosk-window.ts', 'preload/index.ts']),
    );
    expect(stripComments('a // b\nc /* d */ e "app://kiosk/"')).toBe('a \nc  e "app://kiosk/"');
  });

  it('#15 no shell.openExternal (nor importing shell) anywhere', () => {
    expect(offenders(/\bopenExternal\b/)).toEqual([]);
    expect(offenders(/import\s*\{[^}]*\bshell\b[^}]*\}\s*from\s*['"]electron['"]/)).toEqual([]);
  });

  it('#2 nodeIntegration is never turned on', () => {
    expect(offenders(/nodeIntegration(?:InWorker|InSubFrames)?\s*:\s*true/)).toEqual([]);
  });

  it('#3/#4 contextIsolation and sandbox are never turned off', () => {
    expect(offenders(/contextIsolation\s*:\s*false/)).toEqual([]);
    expect(offenders(/sandbox\s*:\s*false/)).toEqual([]);
    // Only the Electron files: the browser host may start a system Chromium with its own flags.
    expect(offenders(/--no-sandbox|['"]no-sandbox['"]/, (p) => !electronAllowed(p))).toEqual([]);
  });

  it('#6/#8/#9/#10 no webSecurity bypass, insecure content, experimental or Blink features', () => {
    expect(offenders(/webSecurity\s*:\s*false|disable-web-security|ignore-certificate-errors/)).toEqual([]);
    expect(offenders(/allowRunningInsecureContent\s*:\s*true/)).toEqual([]);
    expect(offenders(/experimentalFeatures\s*:\s*true/)).toEqual([]);
    expect(offenders(/enableBlinkFeatures/)).toEqual([]);
  });

  it('#11/#12 no <webview> and no allowpopups', () => {
    expect(offenders(/webviewTag\s*:\s*true|<webview\b|allowpopups/i)).toEqual([]);
  });

  it('#18 nothing is loaded from file:// (no loadFile, no file protocol handlers)', () => {
    expect(offenders(/\.loadFile\s*\(|loadURL\s*\(\s*['"`]file:|registerFileProtocol|interceptFileProtocol/)).toEqual([]);
  });

  it('#1 the window never loads remote http(s) content', () => {
    expect(offenders(/loadURL\s*\(\s*['"`]https?:/)).toEqual([]);
  });

  it('#17 ipcMain is used only in main/shell/ipc-electron.ts', () => {
    expect(offenders(/\bipcMain\b/, (p) => p === 'main/shell/ipc-electron.ts')).toEqual([]);
    expect(files.find((f) => f.path === 'main/shell/ipc-electron.ts')?.code).toMatch(/ipcMain\.handle\(/);
  });

  it('#20 ipcRenderer is used only in preload/index.ts, and never sendSync', () => {
    expect(offenders(/\bipcRenderer\b/, (p) => p === 'preload/index.ts')).toEqual([]);
    expect(offenders(/\bsendSync\b/)).toEqual([]);
  });

  it('webContents.send happens only in main/shell/ipc-electron.ts', () => {
    expect(
      offenders(/webContents\.send\b|\.send\(\s*(?:EVENT_CHANNEL|['"]kiosk:event['"])/, (p) => p === 'main/shell/ipc-electron.ts'),
    ).toEqual([]);
  });

  it("'electron' is imported only by main/index.ts, main/shell/** and preload/index.ts", () => {
    expect(offenders(ELECTRON_IMPORT, electronAllowed)).toEqual([]);
  });

  it('main/shell/kiosk-window.ts is the only BrowserWindow factory', () => {
    expect(offenders(/new\s+BrowserWindow\b/, (p) => p === 'main/shell/kiosk-window.ts')).toEqual([]);
  });

  it('permission handlers are set only in main/shell/security.ts', () => {
    expect(offenders(/set(?:Permission(?:Request|Check)|DevicePermission)Handler\s*\(/, (p) => p === 'main/shell/security.ts')).toEqual([]);
  });

  it('the renderer imports neither electron nor node:* modules', () => {
    const renderer = (p: string): boolean => !p.startsWith('renderer/');
    expect(offenders(/from\s*['"]node:|require\s*\(/, renderer)).toEqual([]);
  });
});
