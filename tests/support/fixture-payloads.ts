/**
 * Reads the fictional sample payloads in `tests/fixtures/*.txt` (tab-separated `label<TAB>payload`,
 * `#` comments; see tests/fixtures/README.md). Tests and benches only: production code never reads tests/.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export interface FixturePayload {
  readonly label: string;
  readonly payload: string;
}

/** <repo>/tests/support → <repo>/tests/fixtures/ */
export const FIXTURES_DIR = fileURLToPath(new URL('../fixtures/', import.meta.url));

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
