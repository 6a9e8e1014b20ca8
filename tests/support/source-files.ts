/**
 * The repository's files under some folders, walked on disk (not `git ls-files`): the standalone unit run in CI works
 * on an exported copy with no .git. Build output, dependencies and test results are not sources.
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));

const SKIP = new Set(['node_modules', 'out', 'dist-web', 'release', 'test-results', 'bench-results', '.git']);

/** Repository-relative POSIX paths of every file below `folders`, sorted. */
export function sourceFiles(folders: readonly string[]): string[] {
  const out: string[] = [];
  const walk = (rel: string): void => {
    for (const e of readdirSync(path.join(REPO_ROOT, rel), { withFileTypes: true })) {
      if (SKIP.has(e.name)) continue;
      const child = `${rel}/${e.name}`;
      if (e.isDirectory()) walk(child);
      else if (e.isFile()) out.push(child);
    }
  };
  for (const f of folders) walk(f);
  return out.sort();
}
