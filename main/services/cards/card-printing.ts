/**
 * Printing BHYT cards, with who-may-print-what, copy numbers and the audit trail.
 *
 * - A citizen signed in at the kiosk previews and prints their own card only; asking for another mã số is
 *   'forbidden', and without a visit session the answer is 'unauthorized' (reason 'not-signed-in').
 * - A signed-in officer prints or reprints any card, by mã số.
 * - Copies are counted per card (mã số + issue date): copy 1 is the first print, 2 and up are reprints. A reprint
 *   says so on the card itself (the layout's copy label) and on the receipt ("BẢN IN LẠI" + copy number).
 * - Every copy put on paper is a card_prints row and an audit entry in the same transaction. The audit entry refers
 *   to the citizen by account reference (as the accounts service does), never by mã số or name: the audit log is
 *   the part that gets exported and printed.
 *
 * A copy number is only taken once the card is on paper: the CUPS printer resolves only when CUPS reports the job
 * completed (a stopped queue, a job still waiting at the end of the wait or a failed job throws, and that job is
 * cancelled, so no card comes out later under a copy number nobody recorded). Prints of the same card are
 * serialised in this process so two officers cannot both print "copy 2".
 */
import { rmSync } from 'node:fs';
import { KioskFailure } from '../../../preload/contract/result';
import { renderBhytCardPdf } from '../documents/lazy-pdf';
import { formatCardDate, type BhytCardData } from '../../../native/documents/bhyt-card-text';
import type { Receipt } from '../../../native/printer/receipt';
import type { Database } from '../../db/open-database';
import type { PersonRepository, PersonRecords } from '../../db/repositories/ports';
import type { Logger } from '../../logging/logger';
import { appendAudit } from '../audit/audit-log';
import { cardDataFromRecords } from './card-data';
import type { CardPreviews } from './card-previews';
import { buildCardReceipt } from './card-receipt';
import type { CardPrinter } from './lp-card-printer';

export type ReceiptOutcome = 'printed' | 'paper-out' | 'printer-problem' | 'no-receipt-printer';

export interface CardPrintResult {
  readonly copyNumber: number;
  readonly reprint: boolean;
  /** 'cups:<queue>' / 'electron:<printer>'. */
  readonly destination: string;
  /** Where the citizen collects the card. */
  readonly collectAt: string;
  readonly receipt: ReceiptOutcome;
}

/** Sends a receipt to the receipt printer and waits for the verdict. */
export type ReceiptPrinter = (
  receipt: Receipt,
  idempotencyKey: string,
) => Promise<{ readonly printed: true } | { readonly printed: false; readonly reason: string }>;

export interface CardPrintingDeps {
  readonly db: Database;
  readonly clock: () => Date;
  readonly logger: Logger;
  readonly persons: Pick<PersonRepository, 'findByInsuranceNumber' | 'getPersonRecords'>;
  /** The person id of the citizen signed in on this client; throws 'unauthorized' / 'forbidden' (visits.recordsAccess). */
  readonly citizenOf: (clientId: string) => number;
  /** 'officer:<id>' of the officer signed in on this client; throws 'unauthorized' when none. Null: no officer console. */
  readonly officerOf: ((clientId: string) => string) | null;
  /** Account reference of a mã số ('acc_…'), for audit entries without personal data. */
  readonly accountRefOf: (insuranceNumber: string) => string;
  readonly previews: CardPreviews;
  /** Null when no card printer is configured on this computer. */
  readonly cardPrinter: CardPrinter | null;
  /** Null when there is no receipt printer (devices 'none'). */
  readonly receipts: ReceiptPrinter | null;
  readonly collectAt: string;
  readonly render?: (card: BhytCardData) => Promise<Uint8Array>;
}

export interface CardPrinting {
  /** The signed-in citizen's own card as a preview PDF; answers its URL path. */
  preview(clientId: string): Promise<{ readonly path: string }>;
  /** At the kiosk: the signed-in citizen's own card. `insuranceNumber`, when given, must be their own. */
  printOwn(clientId: string, insuranceNumber?: string): Promise<CardPrintResult>;
  /** At the counter: whose card this mã số is (shown for confirmation before printing). */
  holderForOfficer(
    clientId: string,
    insuranceNumber: string,
  ): { readonly fullName: string; readonly dateOfBirth: string; readonly copiesPrinted: number };
  /** At the counter: any card, by mã số. */
  printForOfficer(clientId: string, insuranceNumber: string): Promise<CardPrintResult>;
  /** How many copies of this person's current card were printed (0 = none). */
  copiesPrinted(insuranceNumber: string): number;
  deletePreviews(clientId: string): void;
}

const REPRINT_LABEL = (copy: number): string => `BẢN IN LẠI – SỐ ${copy}`;

export function createCardPrinting(deps: CardPrintingDeps): CardPrinting {
  const { db, clock, logger, persons, previews } = deps;
  const render = deps.render ?? renderBhytCardPdf;
  const lastCopy = db.prepare(
    'SELECT COALESCE(MAX(copy_number), 0) AS n FROM card_prints WHERE insurance_number = ? AND card_issue_date = ?',
  );
  const insert = db.prepare(
    'INSERT INTO card_prints (insurance_number, card_issue_date, copy_number, actor, destination, printed_at) VALUES (?, ?, ?, ?, ?, ?)',
  );
  /** One print at a time per card, so copy numbers cannot collide. */
  const printing = new Map<string, Promise<unknown>>();

  const recordsOf = (personId: number): PersonRecords => {
    const r = persons.getPersonRecords(personId);
    if (r === undefined) throw new KioskFailure('not-found', 'no records for this person');
    return r;
  };
  const cardOf = (records: PersonRecords): BhytCardData => {
    const card = cardDataFromRecords(records);
    if (card === null) throw new KioskFailure('not-found', 'no BHYT card on record', { reason: 'no-card' });
    return card;
  };
  const citizenPerson = (clientId: string): number => {
    try {
      return deps.citizenOf(clientId);
    } catch (e) {
      if (e instanceof KioskFailure && e.code === 'unauthorized') {
        throw new KioskFailure('unauthorized', 'sign in first', { reason: 'not-signed-in' });
      }
      throw e;
    }
  };
  const copiesOf = (insuranceNumber: string, issueDate: string): number => (lastCopy.get(insuranceNumber, issueDate) as { n: number }).n;

  const print = async (clientId: string, actor: string, card: BhytCardData): Promise<CardPrintResult> => {
    const printer = deps.cardPrinter;
    if (printer === null) {
      throw new KioskFailure('device-unavailable', 'no card printer is configured', { reason: 'card-printer-missing' });
    }
    const key = `${card.insuranceNumber}|${card.issueDate}`;
    const before = printing.get(key) ?? Promise.resolve();
    const run = before
      .catch(() => undefined)
      .then(async () => {
        const copyNumber = copiesOf(card.insuranceNumber, card.issueDate) + 1;
        const pdf = await render(copyNumber >= 2 ? { ...card, copyLabel: REPRINT_LABEL(copyNumber) } : card);
        const file = previews.tempFile(clientId, pdf);
        try {
          await printer.print(file);
        } finally {
          // The spooler has its own copy once lp (or Electron) returns; ours would only be personal data lying around.
          rmSync(file, { force: true });
        }
        const printedAt = clock();
        const printId = db
          .transaction(() => {
            const id = Number(
              insert.run(card.insuranceNumber, card.issueDate, copyNumber, actor, printer.destination, printedAt.toISOString())
                .lastInsertRowid,
            );
            appendAudit(db, {
              at: printedAt,
              actor,
              action: copyNumber >= 2 ? 'card.reprinted' : 'card.printed',
              subjectRef: deps.accountRefOf(card.insuranceNumber),
              details: { printId: id, cardIssueDate: card.issueDate, copy: copyNumber, destination: printer.destination },
            });
            return id;
          })
          .immediate();
        logger.info('card.printed', { printId, copy: copyNumber, destination: printer.destination });
        return { copyNumber, printId, printedAt };
      });
    printing.set(key, run);
    const done = await run.finally(() => {
      if (printing.get(key) === run) printing.delete(key);
    });

    let receipt: ReceiptOutcome = 'no-receipt-printer';
    if (deps.receipts !== null) {
      const slip = buildCardReceipt({
        insuranceNumber: card.insuranceNumber,
        cardIssueDate: formatCardDate(card.issueDate),
        copyNumber: done.copyNumber,
        printedAt: done.printedAt,
        collectAt: deps.collectAt,
      });
      const verdict = await deps.receipts(slip, `card-print-${done.printId}`);
      receipt = verdict.printed ? 'printed' : verdict.reason === 'paper-out' ? 'paper-out' : 'printer-problem';
      if (!verdict.printed) logger.warn('card.receipt-not-printed', { printId: done.printId, reason: verdict.reason });
    }
    return {
      copyNumber: done.copyNumber,
      reprint: done.copyNumber >= 2,
      destination: printer.destination,
      collectAt: deps.collectAt,
      receipt,
    };
  };

  return {
    async preview(clientId) {
      const card = cardOf(recordsOf(citizenPerson(clientId)));
      return { path: previews.write(clientId, await render(card)) };
    },

    async printOwn(clientId, insuranceNumber) {
      const records = recordsOf(citizenPerson(clientId));
      if (insuranceNumber !== undefined && insuranceNumber !== records.profile.insuranceNumber) {
        throw new KioskFailure('forbidden', 'a citizen may print only their own card', { reason: 'not-own-card' });
      }
      const card = cardOf(records);
      return print(clientId, `citizen:${deps.accountRefOf(card.insuranceNumber)}`, card);
    },

    holderForOfficer(clientId, insuranceNumber) {
      if (deps.officerOf === null) throw new KioskFailure('unauthorized', 'officer sign-in required', { reason: 'not-signed-in' });
      deps.officerOf(clientId);
      const person = persons.findByInsuranceNumber(insuranceNumber);
      if (person === undefined) throw new KioskFailure('not-found', 'no person with this insurance number');
      const card = cardOf(recordsOf(person.id));
      return { fullName: card.fullName, dateOfBirth: card.dateOfBirth, copiesPrinted: copiesOf(card.insuranceNumber, card.issueDate) };
    },

    async printForOfficer(clientId, insuranceNumber) {
      if (deps.officerOf === null) throw new KioskFailure('unauthorized', 'officer sign-in required', { reason: 'not-signed-in' });
      const actor = deps.officerOf(clientId);
      const person = persons.findByInsuranceNumber(insuranceNumber);
      if (person === undefined) throw new KioskFailure('not-found', 'no person with this insurance number');
      return print(clientId, actor, cardOf(recordsOf(person.id)));
    },

    copiesPrinted(insuranceNumber) {
      const person = persons.findByInsuranceNumber(insuranceNumber);
      const card = person === undefined ? null : cardDataFromRecords(recordsOf(person.id));
      return card === null ? 0 : copiesOf(card.insuranceNumber, card.issueDate);
    },

    deletePreviews: (clientId) => previews.deletePreviews(clientId),
  };
}
