/**
 * The counter officer's decision on a Form 01: approve (create the VssID account and send the credentials) or
 * reject with a reason. Both are exactly-once.
 *
 * Approve, crash-safety argument: accounts.createAccount hashes the password first (async, argon2, no writes) and
 * then runs ONE IMMEDIATE transaction that inserts the account and calls our onCreated, where we re-check the
 * registration's state, enqueue the SMS/e-mail carrying the initial password, mark the registration approved, close
 * its ticket and append the audit entry. A crash before COMMIT leaves nothing; after COMMIT, everything. The
 * idempotency key `approve:<registrationId>` makes any retry (double tap, second officer, restart) find the account
 * and return `created: false` without running onCreated, and we then answer from the stored registration — the
 * same outcome, no new rows. Concurrent calls race only on who commits first; the loser replays.
 */
import { KioskFailure } from '../../../preload/contract/result';
import type { Database } from '../../db/open-database';
import { cleanText } from '../../domain/text/vi-text';
import type { Logger } from '../../logging/logger';
import type { AccountsService } from '../accounts/accounts-service';
import { appendAudit } from '../audit/audit-log';
import { createOutbox, type NotificationChannel, type Outbox } from '../notifications/outbox';
import { smsLength } from '../../domain/sms/sms-length';
import { approvalEmail, approvalSms, REJECT_REASON_CODES, rejectionEmail, rejectionSms, type RejectReasonCode } from './decision-notices';
import { createInsuranceNumberOwner, identityOfFormId } from './insurance-number-owner';
import { createPersonAtApproval } from './person-at-approval';
import { isPastDeadline, registrationRef, type RegistrationRow } from './registration-types';

export interface OfficerDecisionsDeps {
  readonly db: Database;
  readonly clock: () => Date;
  readonly logger: Logger;
  readonly accounts: Pick<AccountsService, 'createAccount' | 'accountRefOf'>;
  readonly outbox?: Pick<Outbox, 'enqueue' | 'findByKey'>;
  /** Closes the registration's queue ticket inside the decision's transaction. */
  readonly finishTicketsOf?: (registrationId: number) => void;
}

export interface ApproveInput {
  readonly registrationId: number;
  readonly officerId: number;
  /** The officer confirms the citizen signed the printed form in front of them. */
  readonly paperFormSigned: true;
  /**
   * A supervisor let this approval through a block (checked by the console): recorded in the approval's own audit
   * entry, and 'insurance-number-not-owner' is then not refused here.
   */
  readonly override?: ApprovalOverride;
}

export interface ApprovalOverride {
  readonly supervisorId: number;
  readonly block: 'counter-scan-mismatch' | 'insurance-number-not-owner';
  readonly reason: string;
}

export interface RejectInput {
  readonly registrationId: number;
  readonly officerId: number;
  readonly reasonCode: RejectReasonCode;
  readonly note?: string | null;
}

export interface SentNotice {
  readonly channel: NotificationChannel;
  readonly outboxId: number;
}

export interface ApproveOutcome {
  readonly registrationId: number;
  readonly registrationCode: string;
  readonly state: 'approved';
  readonly accountRef: string;
  readonly decidedAt: string;
  readonly decidedBy: string;
  readonly notices: readonly SentNotice[];
}

export interface RejectOutcome {
  readonly registrationId: number;
  readonly registrationCode: string;
  readonly state: 'rejected';
  readonly reasonCode: RejectReasonCode;
  readonly decidedAt: string;
  readonly decidedBy: string;
  readonly notices: readonly SentNotice[];
}

export interface NoticePreview {
  /** Null when the form has no phone number. */
  readonly sms: {
    readonly text: string;
    readonly parts: number;
    readonly encoding: 'gsm7' | 'ucs2';
    readonly noteShortened: boolean;
  } | null;
  /** Null when the form has no e-mail address. */
  readonly email: { readonly subject: string; readonly body: string } | null;
}

export interface OfficerDecisions {
  approve(input: ApproveInput): Promise<ApproveOutcome>;
  reject(input: RejectInput): RejectOutcome;
  /**
   * The exact notices a decision would send, for the officer to read before sending. The initial password does not
   * exist before approval: the approval preview shows a placeholder of the same length.
   */
  previewNotices(
    input:
      | { readonly registrationId: number; readonly decision: 'approve' }
      | (Omit<RejectInput, 'officerId'> & { readonly decision: 'reject' }),
  ): NoticePreview;
}

const MAX_NOTE = 500;
const approveKey = (id: number): string => `approve:${id}`;
const rejectKey = (id: number): string => `reject:${id}`;
/** The outbox keys of a registration's decision notices (what its erasure deletes: expire-registrations.ts). */
export const decisionNoticeKeys = (id: number): readonly string[] =>
  [approveKey(id), rejectKey(id)].flatMap((k) => [`${k}:sms`, `${k}:email`]);

export function createOfficerDecisions(deps: OfficerDecisionsDeps): OfficerDecisions {
  const { db, clock, logger, accounts } = deps;
  const outbox = deps.outbox ?? createOutbox({ db, clock });
  const finishTickets =
    deps.finishTicketsOf ??
    ((id: number): void => {
      db.prepare("UPDATE queue_tickets SET state = 'done' WHERE registration_id = ? AND state IN ('issued', 'called')").run(id);
    });
  const byId = db.prepare('SELECT * FROM registrations WHERE id = ?');
  const owner = createInsuranceNumberOwner(db);
  const persons = createPersonAtApproval(db);
  /** The account opens the records of whoever owns the mã số: it must be the person the form (and the card) names. */
  const requireOwnNumber = (row: RegistrationRow): void => {
    if (owner.ownership(row.insurance_number, identityOfFormId(row.id_number)) === 'other-person') {
      throw new KioskFailure('conflict', 'the insurance number belongs to another person', { reason: 'insurance-number-not-owner' });
    }
  };

  const load = (id: number): RegistrationRow => {
    const row = byId.get(id) as RegistrationRow | undefined;
    if (row === undefined) throw new KioskFailure('not-found', 'no such registration');
    return row;
  };

  const noticesOf = (prefix: string): SentNotice[] =>
    (['sms', 'email'] as const).flatMap((channel) => {
      const message = outbox.findByKey(`${prefix}:${channel}`);
      return message === null ? [] : [{ channel, outboxId: message.id }];
    });

  /** Refuses what can no longer be decided, each with its own error. */
  const requireUndecided = (row: RegistrationRow, now: Date): void => {
    switch (row.state) {
      case 'approved':
        throw new KioskFailure('conflict', 'the registration is already approved', { reason: 'already-approved' });
      case 'rejected':
        throw new KioskFailure('conflict', 'the registration is already rejected', { reason: 'already-rejected' });
      case 'expired':
        throw new KioskFailure('expired', 'the registration has expired');
      case 'submitted':
        // Only a form whose citizen never came lapses; one checked at a counter (checked_at) waits for its decision.
        if (row.checked_at === null && isPastDeadline(row, now)) throw new KioskFailure('expired', 'the registration has expired');
        return;
      case 'checked-at-kiosk':
        return;
      default: {
        const never: never = row.state;
        throw new Error(`unknown registration state ${String(never)}`);
      }
    }
  };

  const approvedOutcome = (row: RegistrationRow): ApproveOutcome => {
    if (row.state !== 'approved' || row.insurance_number === null || row.decided_at === null || row.decided_by === null) {
      throw new Error('approvedOutcome: registration is not approved');
    }
    return {
      registrationId: row.id,
      registrationCode: row.code,
      state: 'approved',
      accountRef: accounts.accountRefOf(row.insurance_number),
      decidedAt: row.decided_at,
      decidedBy: row.decided_by,
      notices: noticesOf(approveKey(row.id)),
    };
  };

  const rejectedOutcome = (row: RegistrationRow): RejectOutcome => {
    if (row.state !== 'rejected' || row.decided_at === null || row.decided_by === null) throw new Error('rejectedOutcome: not rejected');
    return {
      registrationId: row.id,
      registrationCode: row.code,
      state: 'rejected',
      reasonCode: row.reject_reason_code as RejectReasonCode,
      decidedAt: row.decided_at,
      decidedBy: row.decided_by,
      notices: noticesOf(rejectKey(row.id)),
    };
  };

  const reject = db.transaction((input: RejectInput, note: string | null): RejectOutcome => {
    const now = clock();
    const row = load(input.registrationId);
    if (row.state === 'rejected') return rejectedOutcome(row); // repeat: same answer, no new rows
    requireUndecided(row, now);
    const officer = `officer:${input.officerId}`;
    if (row.phone !== null) {
      outbox.enqueue({
        channel: 'sms',
        idempotencyKey: `${rejectKey(row.id)}:sms`,
        recipient: row.phone,
        body: rejectionSms(row.code, input.reasonCode, note).text,
      });
    }
    if (row.email !== null) {
      const mail = rejectionEmail(row.code, input.reasonCode, note);
      outbox.enqueue({
        channel: 'email',
        idempotencyKey: `${rejectKey(row.id)}:email`,
        recipient: row.email,
        subject: mail.subject,
        body: mail.body,
      });
    }
    db.prepare(
      "UPDATE registrations SET state = 'rejected', decided_at = ?, decided_by = ?, reject_reason_code = ?, reject_note = ? WHERE id = ?",
    ).run(now.toISOString(), officer, input.reasonCode, note, row.id);
    finishTickets(row.id);
    // The note may name the citizen: it stays in the registration (erased with it), never in the audit log.
    appendAudit(db, {
      at: now,
      actor: officer,
      action: 'registration.rejected',
      subjectRef: registrationRef(row.id),
      details: { reasonCode: input.reasonCode },
    });
    return rejectedOutcome(load(row.id));
  });

  const PASSWORD_PLACEHOLDER = '••••••••';
  const previewNotices: OfficerDecisions['previewNotices'] = (input) => {
    const row = load(input.registrationId);
    if (input.decision === 'approve') {
      const number = row.insurance_number ?? '——————————';
      const text = approvalSms(number, PASSWORD_PLACEHOLDER);
      const sms = row.phone === null ? null : { text, noteShortened: false, ...smsLength(text) };
      return { sms, email: row.email === null ? null : approvalEmail(row.code, number, PASSWORD_PLACEHOLDER) };
    }
    const note = input.note === undefined || input.note === null || cleanText(input.note) === '' ? null : cleanText(input.note);
    const sms = rejectionSms(row.code, input.reasonCode, note);
    return {
      sms: row.phone === null ? null : { text: sms.text, parts: sms.parts, encoding: sms.encoding, noteShortened: sms.noteShortened },
      email: row.email === null ? null : rejectionEmail(row.code, input.reasonCode, note),
    };
  };

  return {
    previewNotices,
    async approve(input) {
      if ((input.paperFormSigned as unknown) !== true) {
        throw new KioskFailure('invalid-input', 'the signed paper form is required', { field: 'paperFormSigned' });
      }
      const first = load(input.registrationId);
      if (first.state === 'approved') return approvedOutcome(first);
      requireUndecided(first, clock());
      const overridesOwner = input.override?.block === 'insurance-number-not-owner';
      if (!overridesOwner) requireOwnNumber(first);
      // A form without a mã số gets the person's own (known by CCCD/CMND) or a new one; a person the registry does not
      // hold is enrolled, so the BHYT card step finds them.
      const plan = overridesOwner && first.insurance_number !== null ? persons.keep(first.insurance_number) : persons.plan(first);
      const insuranceNumber = plan.insuranceNumber;
      const officer = `officer:${input.officerId}`;
      await accounts.createAccount({
        insuranceNumber,
        idempotencyKey: approveKey(first.id),
        createdByRef: officer,
        onCreated: ({ accountRef, initialPassword }) => {
          // Inside the account's IMMEDIATE transaction: the state read here cannot change before COMMIT.
          const now = clock();
          const row = load(first.id);
          requireUndecided(row, now);
          if (row.insurance_number !== first.insurance_number)
            throw new KioskFailure('conflict', 'the form changed meanwhile; open it again');
          const enrolled = persons.apply(row, plan);
          if (!overridesOwner) requireOwnNumber(load(row.id));
          if (enrolled !== null) {
            appendAudit(db, { at: now, actor: officer, action: `registration.${enrolled}`, subjectRef: registrationRef(row.id) });
          }
          if (row.phone !== null) {
            outbox.enqueue({
              channel: 'sms',
              idempotencyKey: `${approveKey(row.id)}:sms`,
              recipient: row.phone,
              body: approvalSms(insuranceNumber, initialPassword),
              sensitive: true,
            });
          }
          if (row.email !== null) {
            const mail = approvalEmail(row.code, insuranceNumber, initialPassword);
            outbox.enqueue({
              channel: 'email',
              idempotencyKey: `${approveKey(row.id)}:email`,
              recipient: row.email,
              subject: mail.subject,
              body: mail.body,
              sensitive: true,
            });
          }
          db.prepare("UPDATE registrations SET state = 'approved', decided_at = ?, decided_by = ? WHERE id = ?").run(
            now.toISOString(),
            officer,
            row.id,
          );
          finishTickets(row.id);
          appendAudit(db, {
            at: now,
            actor: officer,
            action: 'registration.approved',
            subjectRef: registrationRef(row.id),
            details: {
              accountRef,
              ...(input.override === undefined
                ? {}
                : {
                    overriddenBy: `officer:${input.override.supervisorId}`,
                    overriddenBlock: input.override.block,
                    overrideReason: input.override.reason,
                  }),
            },
          });
        },
      });
      const after = load(first.id);
      if (after.state !== 'approved') {
        // createAccount replayed the key but the registration is not approved: only possible if someone reused the key.
        throw new KioskFailure('internal', 'account exists but the registration is not approved');
      }
      logger.info('registration.approved', { registration: registrationRef(after.id) });
      return approvedOutcome(after);
    },

    reject(input) {
      if (!(REJECT_REASON_CODES as readonly string[]).includes(input.reasonCode)) {
        throw new KioskFailure('invalid-input', 'unknown rejection reason', { field: 'reasonCode' });
      }
      const note = input.note === undefined || input.note === null ? null : cleanText(input.note);
      if (note !== null && note.length > MAX_NOTE)
        throw new KioskFailure('invalid-input', `the note is longer than ${MAX_NOTE} characters`, { field: 'note' });
      if (input.reasonCode === 'other' && (note === null || note === '')) {
        throw new KioskFailure('invalid-input', "reason 'other' needs a note", { field: 'note' });
      }
      const outcome = reject.immediate(input, note === '' ? null : note);
      logger.info('registration.rejected', { registration: registrationRef(outcome.registrationId), reasonCode: outcome.reasonCode });
      return outcome;
    },
  };
}
