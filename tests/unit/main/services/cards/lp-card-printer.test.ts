/**
 * `lp` for real: a fake `lp` executable on PATH records its arguments and the file it was given, as CUPS would
 * spool it, and fake `lpstat -H` / `ipptool` report the job completed. No mock object stands in for child_process.
 * The job states themselves are tested against a real CUPS in lp-card-printer.cups.test.ts.
 */
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { failureOf } from '../../../../support/service-test-kit';
import { callTimeoutMs, MAX_PRINT_WAIT_SECONDS } from '../../../../../preload/contract/call-timeouts';
import { createLpCardPrinter, JOB_WAIT_MS, LP_TIMEOUT_MS } from '../../../../../main/services/cards/lp-card-printer';

let dir: string;
let bin: string;

function fakeTool(name: string, script: string): void {
  const path = join(bin, name);
  writeFileSync(path, `#!/bin/sh\n${script}\n`);
  chmodSync(path, 0o755);
}

function fakeLp(script: string): NodeJS.ProcessEnv {
  fakeTool('lp', script);
  fakeTool('lpstat', 'echo "localhost:631"');
  fakeTool('ipptool', `echo "$*" >> "${dir}/ipptool-args"; printf 'job-state\\ncompleted\\nprinter-state\\nidle\\n'`);
  fakeTool('cancel', 'exit 0');
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
    // Then it asked CUPS about that job (job-id 1) on that queue.
    expect(readFileSync(join(dir, 'ipptool-args'), 'utf8')).toContain('job=1 ipp://localhost:631/printers/CARDS ');
  });

  it('an lp answer without a job id to follow is card-printer-failed, not success', async () => {
    const env = fakeLp('echo "something else"');
    const e = await failureOf(createLpCardPrinter({ queue: 'CARDS', env }).print(join(dir, 'card.pdf')));
    expect(e).toMatchObject({ code: 'device-unavailable', detail: { reason: 'card-printer-failed' } });
  });

  it('without ipptool the job cannot be followed: card-printer-failed, and the job is cancelled', async () => {
    const env = fakeLp('echo "request id is CARDS-7 (1 file(s))"');
    rmSync(join(bin, 'ipptool'));
    fakeTool('cancel', `echo "$*" > "${dir}/cancelled"`);
    const e = await failureOf(createLpCardPrinter({ queue: 'CARDS', env: { ...env, PATH: bin } }).print(join(dir, 'card.pdf')));
    expect(e).toMatchObject({ code: 'device-unavailable', detail: { reason: 'card-printer-failed' } });
    expect(readFileSync(join(dir, 'cancelled'), 'utf8').trim()).toBe('CARDS-7');
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

  it('a screen waits for a print longer than lp and the longest print wait together, other calls 15 s', () => {
    for (const channel of ['card:print', 'card:officerPrint', 'registration:printForm', 'officer:printForm'] as const) {
      expect(callTimeoutMs(channel), channel).toBeGreaterThan(LP_TIMEOUT_MS + MAX_PRINT_WAIT_SECONDS * 1000);
    }
    expect(MAX_PRINT_WAIT_SECONDS * 1000).toBeGreaterThanOrEqual(Math.max(JOB_WAIT_MS.card, JOB_WAIT_MS.document));
    expect(callTimeoutMs('card:preview')).toBe(15_000);
  });
});
