/**
 * Finds places where a file names a path outside the repository: the reference folder that sits beside a
 * developer's clone, the reference notes kept there, home or work folders of a build machine, and relative paths
 * that climb above the repository root. A fresh clone has none of these, so code that reads them fails there and a
 * comment that cites them points nowhere (write the knowledge into docs/ instead).
 *
 * System paths every Debian machine has (the Chromium binary, device nodes, /etc, /proc, /usr, /var) are fine,
 * and so is the temporary folder: tests use it as scratch space and as a stand-in value.
 */
import { posix } from 'node:path';

export interface OutsidePath {
  /** 1-based line number. */
  readonly line: number;
  /** The text that matched. */
  readonly match: string;
  readonly reason: string;
}

interface Rule {
  readonly pattern: RegExp;
  readonly reason: string;
  /** Files under this folder may match (a relative link between docs). */
  readonly allowedUnder?: string;
}

const RULES: readonly Rule[] = [
  {
    // The sibling reference folder, by relative path or by its sub-folders' names.
    pattern: /(?:\.\.[\\/])+shared\b|(?<![\w.-])shared[\\/](?:fixtures|reference|seed|hooks)\b/g,
    reason: 'the reference folder beside the clone',
  },
  {
    // Reference notes that live only in that folder; their content is in docs/ now.
    pattern: /(?<![\w.-])(?:domain|peers|aesthetics|toolchain)\.md\b/g,
    reason: 'a reference note outside the repository (cite docs/ instead)',
  },
  {
    // The design brief is fine under docs/ (cited as docs/design.md) or as a relative link from inside docs/ (checked by path below).
    pattern: /(?<![\w./-])design\.md\b/g,
    reason: 'the design brief outside the repository (cite docs/design.md)',
    allowedUnder: 'docs/',
  },
  {
    // Home and work folders of a build machine, also inside file:// URLs.
    pattern: /(?<![\w.~%-])\/(?:work|home|root|Users|mnt)\/[\w.-]/g,
    reason: 'an absolute path of a build machine',
  },
];

/** A run of `../` that starts a path (not the middle of a URL such as a traversal probe). */
const CLIMB = /(?<=^|[\s'"`(=[,:])((?:\.\.[\\/])+)/g;

/**
 * Every outside path named in `text`, a file at `file` (repository-relative, `/`-separated). A relative path is
 * resolved against the file's own folder, as an import or `new URL(…, import.meta.url)` would be.
 */
export function findOutsidePaths(text: string, file: string): OutsidePath[] {
  const found: OutsidePath[] = [];
  const depth = posix.dirname(file) === '.' ? 0 : posix.dirname(file).split('/').length;
  const lines = text.split('\n');
  lines.forEach((lineText, i) => {
    for (const rule of RULES) {
      for (const m of lineText.matchAll(rule.pattern)) {
        if (rule.allowedUnder !== undefined && file.startsWith(rule.allowedUnder)) continue;
        found.push({ line: i + 1, match: m[0], reason: rule.reason });
      }
    }
    for (const m of lineText.matchAll(CLIMB)) {
      const ups = (m[1] ?? '').length / 3;
      if (ups > depth)
        found.push({ line: i + 1, match: m[0], reason: `climbs ${ups} folders from ${depth} deep: above the repository root` });
    }
  });
  return found;
}

/** Files not worth reading as text: images, fonts, PDFs, archives, and the lockfile (registry URLs only). */
export function isSkippedFile(file: string, bytes: Uint8Array): boolean {
  if (file === 'package-lock.json') return true;
  if (/\.(png|jpe?g|gif|ico|webp|ttf|otf|woff2?|pdf|zip|gz|sqlite)$/i.test(file)) return true;
  // A NUL in the first 8 kB means binary, as git itself decides.
  return bytes.subarray(0, 8192).includes(0);
}
