/**
 * Child process for the SIGKILL crash-safety test (tests/security/crash-safety.test.ts). It opens a real SQLite file
 * the way the app does and writes the app's real kinds of records as fast as it can, one iteration after another:
 * an audit append (as lookups and decisions do), a print job through the durable print queue (enqueue, then the
 * worker's state changes: printing → printed / needs-attention / reprint), and a registration import of three lines.
 * After each iteration has committed it prints `progress <i>`, so the parent knows what must survive a kill.
 * At start it runs the queue's crash recovery, as the host does, and reports how many jobs it recovered.
 * Usage: node --import tsx write-load-child.ts <database file> <run number> [iterations]
 */
import { randomBytes } from 'node:crypto';
import type { PrintOutcome } from '../../native/devices/device-state';
import { openDatabase } from '../../main/db/open-database';
import { silentLogger } from '../../main/logging/logger';
import { appendAudit } from '../../main/services/audit/audit-log';
import { createPrintQueue } from '../../main/services/printing/print-queue';
import { createRegistrationImporter } from '../../main/services/registrations/import-registrations';
import { importLine } from './registration-test-kit';
import { LOAD_IMPORT_BATCH, loadExternalId, loadJobKey, loadReceipt } from './write-load';

async function main(file: string, run: number, iterations: number): Promise<void> {
  const db = openDatabase(file);
  let calls = 0;
  // A printer that answers asynchronously (like the device process) and sometimes fails, so jobs move through
  // every state: a refusal before sending (needs-attention) and a timeout after sending (marked reprint).
  const printer = {
    async print(): Promise<PrintOutcome> {
      await new Promise((r) => setImmediate(r));
      calls++;
      if (calls % 5 === 0) return { ok: false, reason: 'paper-out', sent: false, message: 'paper out' };
      if (calls % 3 === 0) return { ok: false, reason: 'timeout', sent: true, message: 'no status after data' };
      return { ok: true };
    },
  };
  const queue = createPrintQueue({ db, printer, onJob: () => {}, logger: silentLogger });
  const recovered = queue.recover();
  const importer = createRegistrationImporter({
    db,
    clock: () => new Date(),
    random: (n) => new Uint8Array(randomBytes(n)),
    logger: silentLogger,
  });
  process.stdout.write(`ready ${recovered}\n`);
  for (let i = 0; i < iterations; i++) {
    // Each step is announced before its writes, so a kill on that line lands somewhere inside them.
    process.stdout.write(`step ${i} audit\n`);
    appendAudit(db, { at: new Date(), actor: 'kiosk', action: 'lookup.insurance-number', details: { run, i, status: 'found' } });
    process.stdout.write(`step ${i} print\n`);
    queue.enqueue({ kind: 'test-print', receipt: loadReceipt(run, i), idempotencyKey: loadJobKey(run, i) });
    await queue.kick();
    process.stdout.write(`step ${i} import\n`);
    const lines = Array.from({ length: LOAD_IMPORT_BATCH }, (_, k) =>
      importLine({
        externalId: loadExternalId(run, i, k),
        idNumber: String(1e11 + run * 1e6 + i * 10 + k).padStart(12, '0'),
        insuranceNumber: undefined,
        createdAt: new Date().toISOString(),
      }),
    );
    const summary = importer.importLines(lines.join('\n'));
    if (summary.imported !== LOAD_IMPORT_BATCH) throw new Error(`import: ${summary.imported} of ${LOAD_IMPORT_BATCH}`);
    process.stdout.write(`progress ${i}\n`);
  }
  await queue.kick();
  db.close();
  process.stdout.write('done\n');
}

const [file, runArg, iterationsArg] = process.argv.slice(2);
if (file === undefined || runArg === undefined) {
  process.stderr.write('usage: write-load-child.ts <database file> <run number> [iterations]\n');
  process.exit(64);
}
main(file, Number(runArg), Number(iterationsArg ?? 1_000_000)).catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
