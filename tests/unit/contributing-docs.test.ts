/**
 * The contributor pages (docs/contributing/) name the real files of this repository step by step (issue #19). Files
 * move; a page that still names the old place sends a new engineer nowhere. So every repository path written in
 * backticks there (inline code and fenced blocks) must exist, and every relative link must resolve:
 * - `main/…`, `tests/…` and the other top-level folders: the file or folder exists (a trailing `/` means a folder);
 * - a `*` or `**` pattern: it matches at least one file;
 * - a placeholder such as `tests/e2e/<spec>.spec.ts`: the folder before the placeholder exists;
 * - a bare file name with an extension (`package.json`): it exists at the root;
 * - build outputs (`out/`, `dist-web/`, `test-results/`) are produced by a build, not checked.
 * A planted bad path proves the check can fail.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..');
const DOCS = join(ROOT, 'docs', 'contributing');
const PAGES = ['README.md', 'add-a-kiosk-flow.md', 'add-a-channel.md', 'add-a-migration.md', 'add-a-device.md', 'screen-tests.md'];

const REPO_FOLDERS = new Set(['.ci', 'docs', 'main', 'native', 'preload', 'renderer', 'resources', 'scripts', 'tests']);
const GENERATED = ['out/', 'dist-web/', 'test-results/', 'bench-results/', 'node_modules/', 'release/'];
const ROOT_FILE = /^\.?[\w-][\w.-]*\.(?:ts|tsx|js|mjs|cjs|json|md|yml|yaml|sh)$/;

/** Everything written between backticks: fenced blocks first (whole), then inline code spans of the rest. */
function codeSpans(markdown: string): string[] {
  const spans: string[] = [];
  // A fence may be indented (a block inside a list item).
  const prose = markdown.replace(/^[ \t]*(`{3,}|~{3,})[^\n]*\n([\s\S]*?)^[ \t]*\1[ \t]*$/gm, (_all, _fence, body: string) => {
    spans.push(body);
    return '';
  });
  for (const m of prose.matchAll(/(`+)([^`][\s\S]*?)\1/g)) spans.push(m[2] ?? '');
  return spans;
}

/** The words of a span that name a repository path, trimmed of the punctuation around them. */
function repositoryPaths(span: string): string[] {
  return span
    .split(/[\s'"(),;:=|[\]{}]+/)
    .map((w) => w.replace(/^\.\//, '').replace(/[.…]+$/, ''))
    .filter((w) => {
      if (w === '' || GENERATED.some((g) => w.startsWith(g))) return false;
      const first = w.split('/')[0] ?? '';
      return (w.includes('/') && REPO_FOLDERS.has(first)) || ROOT_FILE.test(w);
    });
}

/** Files and folders under `dir` matching the segments, `*` within a segment, `**` for any depth. */
function globMatches(dir: string, segments: readonly string[]): boolean {
  const [head, ...rest] = segments;
  if (head === undefined) return true;
  if (head === '') return rest.length === 0 ? statSync(dir).isDirectory() : globMatches(dir, rest);
  if (!existsSync(dir) || !statSync(dir).isDirectory()) return false;
  const entries = readdirSync(dir);
  if (head === '**') return globMatches(dir, rest) || entries.some((e) => globMatches(join(dir, e), segments));
  const re = new RegExp(`^${head.replace(/[.+?^${}()|\\]/g, '\\$&').replace(/\*/g, '[^/]*')}$`);
  return entries.some((e) => re.test(e) && globMatches(join(dir, e), rest));
}

/** Why `path` (repository-relative, as written) does not resolve, or null when it does. */
function problemWith(path: string): string | null {
  const segments = path.split('/');
  const placeholder = segments.findIndex((s) => s.includes('<'));
  if (placeholder >= 0) {
    const folder = join(ROOT, ...segments.slice(0, placeholder));
    return existsSync(folder) && statSync(folder).isDirectory() ? null : `no folder ${segments.slice(0, placeholder).join('/')}/`;
  }
  if (path.includes('*')) return globMatches(ROOT, segments) ? null : 'matches no file';
  const full = join(ROOT, path);
  if (!existsSync(full)) return 'does not exist';
  if (path.endsWith('/') && !statSync(full).isDirectory()) return 'is not a folder';
  return null;
}

/** Relative links `[text](target)` of a page, resolved against the page's folder; web links and anchors are skipped. */
function brokenLinks(markdown: string, pageDir: string): string[] {
  const broken: string[] = [];
  for (const m of markdown.matchAll(/\]\(([^)\s]+)\)/g)) {
    const target = (m[1] ?? '').split('#')[0] ?? '';
    if (target === '' || /^[a-z]+:/i.test(target)) continue;
    if (!existsSync(resolve(pageDir, target))) broken.push(target);
  }
  return broken;
}

/** Every backticked repository path of a page with its problem, and the number of paths checked. */
function stalePaths(markdown: string): { readonly checked: number; readonly stale: readonly string[] } {
  const paths = codeSpans(markdown).flatMap(repositoryPaths);
  const stale = paths.flatMap((p) => {
    const problem = problemWith(p);
    return problem === null ? [] : [`${p}: ${problem}`];
  });
  return { checked: paths.length, stale };
}

describe('docs/contributing', () => {
  it('has its pages, and the README links to them', () => {
    for (const page of PAGES) expect(existsSync(join(DOCS, page)), page).toBe(true);
    expect(readFileSync(join(ROOT, 'README.md'), 'utf8')).toContain('docs/contributing/');
  });

  it('names only repository paths that exist, and links only to files that exist', () => {
    const pages = readdirSync(DOCS).filter((f) => f.endsWith('.md'));
    let checked = 0;
    const problems: string[] = [];
    for (const page of pages) {
      const text = readFileSync(join(DOCS, page), 'utf8');
      const result = stalePaths(text);
      checked += result.checked;
      problems.push(...result.stale.map((s) => `${page}: ${s}`));
      problems.push(...brokenLinks(text, DOCS).map((l) => `${page}: link ${l} does not resolve`));
    }
    expect(problems).toEqual([]);
    // The pages are lists of files: a reader that found only a handful of paths has stopped reading them.
    expect(checked).toBeGreaterThan(200);
  });

  it('catches a planted bad path of each kind, and passes the good ones beside them', () => {
    const planted = [
      'Edit `main/ipc/handlers/no-such-handlers.ts` first.',
      'Copy `preload/contract/channels/*.tsx`, then run `npx vitest run tests/unit/no-such.test.ts`.',
      'A new `main/no-such-area/<name>.ts`, configured in `no-such-config.json`.',
      '1. Then:\n   ```bash\n   npx playwright test tests/e2e/no-such.spec.ts --workers=1\n   ```',
      'Good: `main/core/create-core.ts`, `preload/contract/channels/*.ts`, `tests/e2e/<spec>.spec.ts`, `package.json`,',
      '`tests/support/`, `npm run docs:channels`, `out/main/host.js`, `/emulator/reader/scan`, `window.kiosk.news.list()`.',
    ].join('\n');
    const { checked, stale } = stalePaths(planted);
    // Fenced blocks are read first, then the inline spans in page order.
    expect(stale).toEqual([
      'tests/e2e/no-such.spec.ts: does not exist',
      'main/ipc/handlers/no-such-handlers.ts: does not exist',
      'preload/contract/channels/*.tsx: matches no file',
      'tests/unit/no-such.test.ts: does not exist',
      'main/no-such-area/<name>.ts: no folder main/no-such-area/',
      'no-such-config.json: does not exist',
    ]);
    expect(checked).toBe(11);
    expect(brokenLinks('[ok](add-a-channel.md) [bad](no-such-page.md) [web](https://example.vn/x)', DOCS)).toEqual(['no-such-page.md']);
  });
});
