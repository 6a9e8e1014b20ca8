/**
 * Reads the fictional sample payloads in `shared/fixtures/*.txt` (tab-separated `label<TAB>payload`,
 * `#` comments). `shared/` sits beside the repository clone, both here and in CI. Dev/test only.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export interface FixturePayload {
  readonly label: string;
  readonly payload: string;
}

/** <repo>/main/domain/codes → <repo>/../shared/fixtures */
export const FIXTURES_DIR = fileURLToPath(new URL('../../../../shared/fixtures/', import.meta.url));

export function parseFixtureText(text: string): readonly FixturePayload[] {
  return text
    .split(/\r?\n/)
    .filter((line) => line.trim() !== '' && !line.startsWith('#'))
    .map((line) => {
      const tab = line.indexOf('\t');
      if (tab < 0) throw new Error('fixture line without a tab');
      return { label: line.slice(0, tab), payload: line.slice(tab + 1) };
    });
}

export function loadFixturePayloads(file: 'cccd-qr.txt' | 'bhyt-qr.txt', dir: string = FIXTURES_DIR): readonly FixturePayload[] {
  return parseFixtureText(readFileSync(join(dir, file), 'utf8'));
}
