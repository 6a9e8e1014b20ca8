/**
 * The card and document printers against a real CUPS scheduler (tests/support/cups-server.ts: a throwaway cupsd on a
 * loopback port, queues printing to files). A print is success only once CUPS says the job completed; a stopped
 * queue, a job left waiting and a job that failed are each their own typed failure, and the job left in CUPS is
 * cancelled so no card comes out later under a copy number nobody recorded.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cupsUnavailable, startCupsServer } from '../../../../support/cups-server';
import type { CupsServer } from '../../../../support/cups-server';
import { failureOf } from '../../../../support/service-test-kit';
import { createLpCardPrinter } from '../../../../../main/services/cards/lp-card-printer';

const unavailable = cupsUnavailable();

describe.skipIf(unavailable !== null)(`lp card printer with a real CUPS${unavailable === null ? '' : ` (skipped: ${unavailable})`}`, () => {
  let cups: CupsServer;
  let dir: string;
  let pdf: string;
  const PDF_BYTES = '%PDF-1.7\n% a test card\n%%EOF\n';

  beforeAll(async () => {
    cups = await startCupsServer();
    dir = mkdtempSync(join(tmpdir(), 'lp-cups-test-'));
    pdf = join(dir, 'card.pdf');
    writeFileSync(pdf, PDF_BYTES);
  });
  afterAll(async () => {
    await cups?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  /** The jobs CUPS still means to print on a queue ("card-3 root 1024 …" lines). */
  const notCompleted = async (queue: string): Promise<string> => (await cups.run('lpstat', ['-W', 'not-completed', '-o', queue])).trim();

  it('resolves once the job completed, and the queue got the PDF bytes', async () => {
    const out = await cups.addQueue('card');
    const printer = createLpCardPrinter({ queue: 'card', env: cups.env, jobWaitMs: 15_000 });
    await printer.print(pdf);
    expect(readFileSync(out, 'utf8')).toBe(PDF_BYTES);
    expect(await notCompleted('card')).toBe('');
  });

  it('the A4 document printer too', async () => {
    const out = await cups.addQueue('a4');
    await createLpCardPrinter({ queue: 'a4', env: cups.env, purpose: 'document', jobWaitMs: 15_000 }).print(pdf);
    expect(readFileSync(out, 'utf8')).toBe(PDF_BYTES);
  });

  it('a stopped queue (cupsdisable): rejects with queue-stopped, cancels the job, and nothing prints once re-enabled', async () => {
    const out = await cups.addQueue('stopped');
    await cups.run('cupsdisable', ['-h', cups.server, 'stopped']);
    const started = Date.now();
    const e = await failureOf(createLpCardPrinter({ queue: 'stopped', env: cups.env, jobWaitMs: 4_000 }).print(pdf));
    expect(e).toMatchObject({ code: 'device-unavailable', detail: { reason: 'card-printer-queue-stopped' } });
    expect(Date.now() - started).toBeLessThan(8_000);
    expect(await notCompleted('stopped')).toBe('');
    // Re-enabling the queue prints nothing: the job was cancelled, not left to surprise anyone later.
    await cups.run('cupsenable', ['-h', cups.server, 'stopped']);
    const card = createLpCardPrinter({ queue: 'stopped', env: cups.env, jobWaitMs: 15_000 });
    await card.print(pdf);
    expect(readFileSync(out, 'utf8')).toBe(PDF_BYTES); // exactly one copy: the new job's
  });

  it('the document printer names its own reason for a stopped queue', async () => {
    await cups.addQueue('a4stopped');
    await cups.run('cupsdisable', ['-h', cups.server, 'a4stopped']);
    const e = await failureOf(createLpCardPrinter({ queue: 'a4stopped', env: cups.env, purpose: 'document', jobWaitMs: 4_000 }).print(pdf));
    expect(e).toMatchObject({ code: 'device-unavailable', detail: { reason: 'document-printer-queue-stopped' } });
  });

  it('a job still waiting when the wait ends (held): rejects with job-pending and cancels it', async () => {
    const out = await cups.addQueue('held', { holdJobs: true });
    const started = Date.now();
    const e = await failureOf(createLpCardPrinter({ queue: 'held', env: cups.env, jobWaitMs: 1_500 }).print(pdf));
    expect(e).toMatchObject({ code: 'device-unavailable', detail: { reason: 'card-printer-job-pending' } });
    expect(Date.now() - started).toBeGreaterThanOrEqual(1_500);
    expect(await notCompleted('held')).toBe('');
    expect(readFileSync(out, 'utf8')).toBe('');
  });

  it('a job cancelled in CUPS while we wait: rejects with job-failed', async () => {
    await cups.addQueue('cancelled', { holdJobs: true });
    const printing = failureOf(createLpCardPrinter({ queue: 'cancelled', env: cups.env, jobWaitMs: 20_000 }).print(pdf));
    // Someone at the print server cancels the job once it is there.
    for (;;) {
      const jobs = await notCompleted('cancelled');
      if (jobs !== '') {
        await cups.run('cancel', ['-h', cups.server, jobs.split(/\s/)[0] ?? '']);
        break;
      }
      await new Promise((r) => setTimeout(r, 50));
    }
    expect(await printing).toMatchObject({ code: 'device-unavailable', detail: { reason: 'card-printer-job-failed' } });
  });

  it('a job that stops with errors in CUPS (its filter fails): rejects with job-failed and cancels it', async () => {
    await cups.addQueue('broken', { failingFilter: true });
    const e = await failureOf(createLpCardPrinter({ queue: 'broken', env: cups.env, jobWaitMs: 15_000 }).print(pdf));
    expect(e).toMatchObject({ code: 'device-unavailable', detail: { reason: 'card-printer-job-failed' } });
    expect(await notCompleted('broken')).toBe('');
  });

  it('an unknown queue: lp itself fails (card-printer-failed)', async () => {
    const e = await failureOf(createLpCardPrinter({ queue: 'nope', env: cups.env, jobWaitMs: 4_000 }).print(pdf));
    expect(e).toMatchObject({ code: 'device-unavailable', detail: { reason: 'card-printer-failed' } });
  });
});
