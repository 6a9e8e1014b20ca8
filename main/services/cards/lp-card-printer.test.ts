/**
 * `lp` for real: a fake `lp` executable on PATH records its arguments and the file it was given, as CUPS would
 * spool it. No mock object stands in for child_process.
 */
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { failureOf } from '../service-test-kit';
import { createLpCardPrinter } from './lp-card-printer';

let dir: string;
let bin: string;

function fakeLp(script: string): NodeJS.ProcessEnv {
  const path = join(bin, 'lp');
  writeFileSync(path, `#!/bin/sh\n${script}\n`);
  chmodSync(path, 0o755);
  return { ...process.env, PATH: `${bin}:${process.env.PATH ?? ''}` };
}

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'lp-test-'));
  bin = join(dir, 'bin');
  mkdirSync(bin);
  writeFileSync(join(dir, 'card.pdf'), '%PDF-1.7 card');
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('lp card printer', () => {
  it('runs lp -d QUEUE with a fixed title and the PDF file', async () => {
    const env = fakeLp(
      `for a in "$@"; do printf '%s\\n' "$a"; done > "${dir}/args"; for f in "$@"; do :; done; cp "$f" "${dir}/spooled.pdf"; echo "request id is CARDS-1 (1 file(s))"`,
    );
    const printer = createLpCardPrinter({ queue: 'CARDS', env });
    expect(printer.destination).toBe('cups:CARDS');
    await printer.print(join(dir, 'card.pdf'));
    expect(readFileSync(join(dir, 'args'), 'utf8').trim().split('\n')).toEqual([
      '-d',
      'CARDS',
      // CR80 media and landscape, so an A4-default queue does not print the card rotated mid-page (issue #17).
      '-o',
      'media=Custom.53.98x85.6mm',
      '-o',
      'orientation-requested=4',
      '-t',
      'bhyt-card',
      join(dir, 'card.pdf'),
    ]);
    expect(readFileSync(join(dir, 'spooled.pdf'), 'utf8')).toBe('%PDF-1.7 card');
  });

  it('reports a failing lp (unknown queue) as card-printer-failed', async () => {
    const env = fakeLp('echo "lp: The printer or class does not exist." >&2; exit 1');
    const e = await failureOf(createLpCardPrinter({ queue: 'NOPE', env }).print(join(dir, 'card.pdf')));
    expect(e).toMatchObject({ code: 'device-unavailable', detail: { reason: 'card-printer-failed' } });
    expect(e.message).toContain('exit 1');
  });

  it('reports a computer without lp as card-printer-missing', async () => {
    const e = await failureOf(createLpCardPrinter({ queue: 'CARDS', env: { PATH: bin } }).print(join(dir, 'card.pdf')));
    expect(e).toMatchObject({ code: 'device-unavailable', detail: { reason: 'card-printer-missing' } });
  });
});
