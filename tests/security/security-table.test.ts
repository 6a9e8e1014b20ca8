/**
 * SECURITY.md is the map from each promise to its proof (issue #8). This keeps the map honest: the Electron
 * checklist has its 20 items, in order, each with a test or a stated reason; every test file the page names exists;
 * and the data-and-logs proofs the issue asks for are on it.
 */
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const page = readFileSync('SECURITY.md', 'utf8');

/** The rows of the markdown table that follows `heading`, as trimmed cells. */
function tableAfter(heading: string): string[][] {
  const start = page.indexOf(heading);
  if (start < 0) throw new Error(`SECURITY.md has no "${heading}"`);
  const rows: string[][] = [];
  let inTable = false;
  for (const line of page.slice(start).split('\n').slice(1)) {
    if (line.startsWith('|')) {
      inTable = true;
      const cells = line
        .slice(1, line.endsWith('|') ? -1 : undefined)
        .split('|')
        .map((c) => c.trim());
      if (!cells.every((c) => /^:?-+:?$/.test(c))) rows.push(cells);
    } else if (inTable) break;
  }
  return rows.slice(1); // without the header row
}

const TEST_FILE = /`([\w./-]+\.(?:test|spec)\.ts)`/g;
const testFilesIn = (text: string): string[] => [...text.matchAll(TEST_FILE)].map((m) => m[1] ?? '');
/** A bare file name means tests/security/; anything with a folder is relative to the repository root. */
const resolveTestFile = (name: string): string => (name.includes('/') ? name : `tests/security/${name}`);

describe('SECURITY.md', () => {
  it('lists the 20 items of the Electron security checklist, numbered 1–20 in order', () => {
    const rows = tableAfter('## The Electron security checklist');
    expect(rows.map((r) => r[0])).toEqual(Array.from({ length: 20 }, (_, i) => String(i + 1)));
  });

  it('gives every checklist item a test file, or says why it cannot be tested', () => {
    for (const row of tableAfter('## The Electron security checklist')) {
      expect(row, `item ${row[0]}`).toHaveLength(4);
      const checkedBy = row[3] ?? '';
      const reason = /cannot be (checked|tested)|not testable|does not apply/i.test(checkedBy);
      expect(testFilesIn(checkedBy).length > 0 || reason, `item ${row[0]}: ${checkedBy}`).toBe(true);
    }
  });

  it('names only test files that exist', () => {
    const named = [...new Set(testFilesIn(page))];
    expect(named.length).toBeGreaterThan(15);
    expect(named.filter((f) => !existsSync(resolveTestFile(f)))).toEqual([]);
  });

  it('maps the data and log protections of issue #8 to their tests', () => {
    const rows = tableAfter('## Data, logs and sessions');
    const proofOf = (protection: RegExp): string[] => testFilesIn(rows.find((r) => protection.test(r[0] ?? ''))?.[2] ?? '');
    expect(proofOf(/personal data in logs/i)).toContain('tests/e2e/log-privacy.spec.ts');
    expect(proofOf(/rate limits/i)).toContain('session-rate-limits.test.ts');
    expect(proofOf(/argon2id/i)).toContain('secrets-at-rest.test.ts');
    expect(proofOf(/OTPs stored only as hashes/i)).toContain('secrets-at-rest.test.ts');
    expect(proofOf(/owner-only/i)).toContain('secrets-at-rest.test.ts');
    expect(proofOf(/crash safety/i)).toContain('crash-safety.test.ts');
  });
});
