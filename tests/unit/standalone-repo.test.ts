/**
 * The repository stands alone: no tracked text file names a path outside it (tests/support/find-outside-paths.ts
 * says which paths count). A fresh clone on a machine without the developers' reference folder must pass its tests,
 * and a comment must cite something a reader of the clone can open.
 *
 * The samples below are built by concatenation so that this file does not trip its own check.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findOutsidePaths, isSkippedFile } from '../support/find-outside-paths';

const ROOT = join(import.meta.dirname, '..', '..');
const UP = '..' + '/';
const SHARED = 'shared' + '/';

/** Matches that resolve inside the repository although the checker cannot tell; each with its reason. */
const ALLOWED: readonly { readonly file: string; readonly line: string; readonly why: string }[] = [
  { file: 'vite.config.ts', line: `outDir: '${UP}dist-web'`, why: "relative to Vite's root, renderer/, so it is <repo>/dist-web" },
];

/** Tracked files; in a copy without .git (the standalone run of .ci/run) every file outside the ignored folders. */
function repositoryFiles(): string[] {
  if (existsSync(join(ROOT, '.git'))) {
    return execFileSync('git', ['ls-files', '-z'], { cwd: ROOT, encoding: 'utf8' }).split('\0').filter(Boolean);
  }
  const ignoredDirs = new Set(
    readFileSync(join(ROOT, '.gitignore'), 'utf8')
      .split('\n')
      .filter((l) => l.endsWith('/'))
      .map((l) => l.slice(0, -1)),
  );
  const walk = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
      const p = join(dir, e.name);
      if (e.isDirectory()) return ignoredDirs.has(e.name) || e.name === '.git' ? [] : walk(p);
      return [relative(ROOT, p).split(sep).join('/')];
    });
  return walk(ROOT);
}

describe('findOutsidePaths', () => {
  it.each([
    ['reading the sibling reference folder', `const F = path.resolve(process.cwd(), '${UP}${SHARED}fixtures');`, 'tests/e2e/x.spec.ts'],
    ['a URL climbing to it', `new URL('${UP}${UP}${UP}${UP}${SHARED}fixtures/', import.meta.url)`, 'main/domain/codes/x.ts'],
    ['citing a reference sub-folder', ` * CCCD parser (${SHARED}reference/notes §1)`, 'main/x.ts'],
    ['citing a reference note', ' * 10 digits (' + 'domain' + '.md §5.3)', 'main/x.ts'],
    ['citing the design brief outside docs/', ' * Rules (' + 'design' + '.md, decision 5)', 'main/x.ts'],
    ['a work folder of a build machine', `event(1, 'file://` + '/work' + `/main/out/index.html')`, 'tests/x.test.ts'],
    ['a home folder', 'see ' + '/home' + '/dev/notes.txt', 'README.md'],
    ['the root home folder', 'cp x ' + '/root' + '/.cache/y', '.ci/run'],
    ['a relative path above the root', `readFileSync('${UP}${UP}${UP}secrets.txt')`, 'main/data/x.ts'],
  ])('flags %s', (_what, text, file) => {
    const found = findOutsidePaths(`// first line\n${text}\n`, file);
    expect(found.length).toBeGreaterThan(0);
    expect(found[0]?.line).toBe(2);
  });

  it.each([
    ['an import inside the repository', `import { x } from '${UP}${UP}${UP}preload/contract/result';`, 'main/ipc/handlers/x.ts'],
    ['a link between docs', 'see [the design](' + 'design' + '.md)', 'docs/domain/cccd-qr.md'],
    ['a citation of the repository docs', ' * Rules (docs/' + 'design' + '.md, decision 5)', 'main/x.ts'],
    ['the Chromium binary', "const CHROMIUM = '/usr/bin/chromium';", 'playwright.config.ts'],
    ['device nodes and system files', "open('/dev/usb/lp0'); read('/etc/os-release'); '/proc/self/status'", 'native/x.ts'],
    ['scratch files in the temporary folder', "mkdirSync('/tmp/receipts')", 'native/x.test.ts'],
    ['a traversal probe inside a URL', `'app://kiosk/${UP}${UP}${UP}${UP}etc/passwd'`, 'tests/security/x.test.ts'],
    ['a path on a web site', "'https://example.vn/home/work/page'", 'main/x.ts'],
    ['words that only look alike', 'the shared database; a shared/ folder of ours; home screen; network/work', 'main/x.ts'],
  ])('allows %s', (_what, text, file) => {
    expect(findOutsidePaths(text, file)).toEqual([]);
  });

  it('skips binaries and the lockfile, reads other text', () => {
    expect(isSkippedFile('package-lock.json', new Uint8Array())).toBe(true);
    expect(isSkippedFile('resources/fonts/x.ttf', new Uint8Array([65]))).toBe(true);
    expect(isSkippedFile('resources/x.bin', new Uint8Array([65, 0, 66]))).toBe(true);
    expect(isSkippedFile('resources/linux/bhxh-kiosk.service', new TextEncoder().encode('[Unit]\n'))).toBe(false);
  });
});

describe('the repository', () => {
  it('names no path outside itself in any text file', () => {
    const files = repositoryFiles();
    expect(files.length).toBeGreaterThan(100);
    const problems: string[] = [];
    for (const file of files) {
      const path = join(ROOT, file);
      if (!existsSync(path)) continue; // deleted in the working tree, not yet committed
      const bytes = readFileSync(path);
      if (isSkippedFile(file, bytes)) continue;
      const lines = bytes.toString('utf8').split('\n');
      for (const f of findOutsidePaths(lines.join('\n'), file)) {
        if (ALLOWED.some((a) => a.file === file && (lines[f.line - 1] ?? '').includes(a.line))) continue;
        problems.push(`${file}:${f.line}: ${f.match} (${f.reason})`);
      }
    }
    expect(problems).toEqual([]);
  });
});
