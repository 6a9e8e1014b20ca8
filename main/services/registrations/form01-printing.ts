/**
 * Form 01 on paper: the printable PDF of one registration sent to the office's A4 document printer, for citizens who
 * did not print it at home (the officer needs the signed paper form). Who may print which registration is decided
 * by the callers (the kiosk handler from its own per-client state, the counter from the officer session); this part
 * renders, prints and audits.
 *
 * Copies are counted per registration from the audit log itself (the form carries no copy number, so no table of its
 * own is needed); the count is taken after CUPS reported the job completed (lp-card-printer.ts), in the same
 * transaction as the entry, and prints of one registration are serialised so two taps cannot both be "copy 2".
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { KioskFailure } from '../../../preload/contract/result';
import { renderForm01Pdf } from '../documents/lazy-pdf';
import type { Form01Data } from '../../../native/documents/form01-pdf';
import type { Database } from '../../db/open-database';
import type { Logger } from '../../logging/logger';
import { appendAudit } from '../audit/audit-log';
import type { PdfPrinter } from '../cards/lp-card-printer';
import type { KioskRegistrations } from './kiosk-registration';
import { registrationRef } from './registration-types';

export const FORM_PRINTED_ACTION = 'registration.form-printed';

/** Which registration: by code (the kiosk's own state) or by id (the counter's detail view). */
export type Form01Target = { readonly code: string } | { readonly registrationId: number };

/** Why this copy was printed, for the audit entry: filed at this kiosk, checked at this kiosk, or at the counter. */
export type Form01PrintSource = 'kiosk-filed' | 'kiosk-checked' | 'counter';

export interface Form01PrintResult {
  readonly registrationCode: string;
  readonly copyNumber: number;
  /** 'cups:<queue>' / 'electron:<printer>'. */
  readonly destination: string;
}

export interface Form01Printing {
  print(target: Form01Target, actor: string, source: Form01PrintSource): Promise<Form01PrintResult>;
}

export function createForm01Printing(deps: {
  readonly db: Database;
  readonly clock: () => Date;
  readonly logger: Logger;
  readonly kiosk: Pick<KioskRegistrations, 'form01Data'>;
  /** Null when this computer has no document printer configured. */
  readonly printer: PdfPrinter | null;
  /** Where the PDF waits for the spooler; emptied at start and the file removed as soon as lp returns. */
  readonly spoolDir: string;
  readonly render?: (data: Form01Data) => Promise<Uint8Array>;
}): Form01Printing {
  const { db, clock, logger } = deps;
  const render = deps.render ?? renderForm01Pdf;
  rmSync(deps.spoolDir, { recursive: true, force: true });
  const byCode = db.prepare('SELECT id, code FROM registrations WHERE code = ?');
  const byId = db.prepare('SELECT id, code FROM registrations WHERE id = ?');
  const copies = db.prepare('SELECT COUNT(*) AS n FROM audit_log WHERE action = ? AND subject_ref = ?');
  const running = new Map<number, Promise<unknown>>();

  const resolve = (target: Form01Target): { id: number; code: string } => {
    const row = ('code' in target ? byCode.get(target.code) : byId.get(target.registrationId)) as { id: number; code: string } | undefined;
    if (row === undefined) throw new KioskFailure('not-found', 'no such registration', { reason: 'no-registration' });
    return row;
  };

  const printOnce = async (id: number, code: string, actor: string, source: Form01PrintSource): Promise<Form01PrintResult> => {
    const printer = deps.printer;
    if (printer === null) {
      throw new KioskFailure('device-unavailable', 'no document printer is configured', { reason: 'document-printer-missing' });
    }
    // Throws not-found once the registration's personal data is erased (expired): nothing left to print.
    const pdf = await render(deps.kiosk.form01Data(code));
    mkdirSync(deps.spoolDir, { recursive: true, mode: 0o700 });
    const file = join(deps.spoolDir, `${randomBytes(16).toString('hex')}.pdf`);
    writeFileSync(file, pdf, { mode: 0o600 });
    try {
      await printer.print(file);
    } catch (e) {
      const reason = e instanceof KioskFailure ? e.detail?.reason : undefined;
      logger.warn('registration.form-print-failed', {
        registration: registrationRef(id),
        reason: typeof reason === 'string' ? reason : 'unknown',
      });
      throw e;
    } finally {
      // The spooler has its own copy once lp returns; ours would only be personal data lying around.
      rmSync(file, { force: true });
    }
    const at = clock();
    const copyNumber = db
      .transaction(() => {
        const copy = (copies.get(FORM_PRINTED_ACTION, registrationRef(id)) as { n: number }).n + 1;
        appendAudit(db, {
          at,
          actor,
          action: FORM_PRINTED_ACTION,
          subjectRef: registrationRef(id),
          details: { copy, source, destination: printer.destination },
        });
        return copy;
      })
      .immediate();
    logger.info('registration.form-printed', { registration: registrationRef(id), copy: copyNumber, source });
    return { registrationCode: code, copyNumber, destination: printer.destination };
  };

  return {
    async print(target, actor, source) {
      const { id, code } = resolve(target);
      const before = running.get(id) ?? Promise.resolve();
      const run = before.catch(() => undefined).then(() => printOnce(id, code, actor, source));
      running.set(id, run);
      try {
        return await run;
      } finally {
        if (running.get(id) === run) running.delete(id);
      }
    },
  };
}
