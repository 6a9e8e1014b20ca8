/**
 * The counter officer console: sign-in, the queue of forms checked at the kiosk, the side-by-side detail, and the
 * decision (approve / reject). The officer session lives in main, bound to the calling client: the renderer never
 * holds a token, and every call after sign-in counts as activity (idle sign-out after the configured minutes).
 */
import { z } from 'zod';
import { event, invoke } from '../define';
import { empty, gender, idNumber, partialDate, text } from '../schemas';
import { serviceSchema } from '../ticket-label';
import { form01PrintResultSchema } from '../form01-print-result';
import { counterServicesSchema, dayReportSchema } from '../day-report';

export const REJECT_REASONS = ['id-mismatch', 'name-mismatch', 'unsigned-form', 'missing-documents', 'duplicate', 'other'] as const;
export const rejectReasonSchema = z.enum(REJECT_REASONS);
export type RejectReason = z.infer<typeof rejectReasonSchema>;

/** A key the console makes once per decision screen: taps and retries with the same key are one request. */
const requestKey = z.string().regex(/^[A-Za-z0-9_-]{8,64}$/, 'expected 8–64 letters, digits, - or _');
const counter = z
  .string()
  .trim()
  .regex(/^[\p{L}\p{N} ._-]{1,20}$/u, 'expected 1–20 letters or digits');

export const officerSessionSchema = z.object({
  username: z.string(),
  displayName: z.string(),
  role: z.enum(['officer', 'supervisor']),
  counter: z.string(),
  expiresAt: z.string(),
  idleTimeoutMs: z.number().int().positive(),
});
export type OfficerSessionView = z.infer<typeof officerSessionSchema>;

const checkResult = z.enum(['match', 'needs-officer', 'mismatch']);
export const fieldResultSchema = z.enum(['match', 'match-old-id', 'diacritics-only', 'unverifiable', 'discrepant', 'mismatch', 'info']);
export type FieldResultView = z.infer<typeof fieldResultSchema>;

export const queueEntrySchema = z.object({
  ticketId: z.number().int(),
  /** The service and its series (issue #18); `label` is ticketLabel(): "A015". */
  service: serviceSchema,
  label: z.string(),
  number: z.number().int(),
  day: z.string(),
  /** Null while waiting in the service's line (any counter serving it may call it). */
  counter: z.string().nullable(),
  state: z.enum(['issued', 'called']),
  /** Only a Form 01 ticket (service A) has a registration. */
  registrationId: z.number().int().nullable(),
  registrationCode: z.string().nullable(),
  fullName: z.string().nullable(),
  checkOverall: checkResult.nullable(),
  createdAt: z.string(),
  calledAt: z.string().nullable(),
});
export type QueueEntryView = z.infer<typeof queueEntrySchema>;

export const cardDiscrepancyField = z.enum(['birthYear', 'gender']);
export const cardDiscrepancySchema = z.object({ field: cardDiscrepancyField, fromIdNumber: z.string(), onCard: z.string() }).strict();

export const checkedFieldSchema = z.enum(['idNumber', 'fullName', 'dateOfBirth', 'gender', 'address', 'cardNumber']);
export type CheckedFieldName = z.infer<typeof checkedFieldSchema>;

export const registrationDetailSchema = z.object({
  registrationId: z.number().int(),
  registrationCode: z.string(),
  state: z.enum(['submitted', 'checked-at-kiosk', 'approved', 'rejected', 'expired']),
  source: z.enum(['portal', 'kiosk']),
  createdAt: z.string(),
  expiresAt: z.string(),
  insuranceNumber: z.string().nullable(),
  phone: z.string().nullable(),
  email: z.string().nullable(),
  officeCode: z.string(),
  ticket: z.object({ number: z.number().int(), counter: z.string(), state: z.string() }).nullable(),
  check: z.object({ ref: z.string(), at: z.string(), overall: checkResult }).nullable(),
  /** Form values next to the kiosk's verdict per field and, when the officer scanned the CCCD here, the card's values. */
  fields: z.array(
    z.object({
      field: checkedFieldSchema,
      form: z.string(),
      card: z.string().nullable(),
      kioskResult: fieldResultSchema.nullable(),
      counterResult: fieldResultSchema.nullable(),
    }),
  ),
  decidedAt: z.string().nullable(),
  rejectReason: rejectReasonSchema.nullable(),
  /** Which parts of the card's own number disagree with its birth year / gender (kiosk check or counter scan). */
  cardDiscrepancies: z.array(cardDiscrepancyField),
  /** The QR of this form's paper copy was read by this counter's reader (officer:scanForm); approval needs it. */
  paperFormScanned: z.boolean(),
});
export type RegistrationDetail = z.infer<typeof registrationDetailSchema>;

const notices = z.object({ sms: z.boolean(), email: z.boolean() });

export const noticePreviewSchema = z.object({
  /** Null: the form has no phone. `parts`: SMS parts under the GSM-7 / UCS-2 length rules. */
  sms: z.object({ text: z.string(), parts: z.number().int(), encoding: z.enum(['gsm7', 'ucs2']), noteShortened: z.boolean() }).nullable(),
  /** Null: the form has no e-mail address. */
  email: z.object({ subject: z.string(), body: z.string() }).nullable(),
});
export type NoticePreviewView = z.infer<typeof noticePreviewSchema>;

/** An officer account as a supervisor sees it; `lockedUntil` only while a lockout after wrong passwords runs. */
export const officerAccountSchema = z.object({
  officerId: z.number().int(),
  username: z.string(),
  displayName: z.string(),
  role: z.enum(['officer', 'supervisor']),
  disabled: z.boolean(),
  lockedUntil: z.string().nullable(),
});
export type OfficerAccountView = z.infer<typeof officerAccountSchema>;

/** Blocks a supervisor may lift; a missing paper form, an expired or decided form can never be overridden. */
export const OVERRIDABLE_BLOCKS = ['counter-scan-mismatch', 'insurance-number-not-owner'] as const;
export const supervisorOverrideSchema = z
  .object({
    username: text(64).min(1),
    password: text(256).min(1),
    /** Why the approval goes ahead despite the block, in the supervisor's words (kept in the audit log). */
    reason: text(500).min(10, 'expected a reason of at least 10 characters'),
  })
  .strict();
export type SupervisorOverride = z.infer<typeof supervisorOverrideSchema>;

export const officerInvoke = {
  'officer:signIn': invoke(
    // The counter is the counter station's own number: a different one is refused (forbidden wrong-counter).
    z.object({ username: text(64).min(1), password: text(256).min(1), counter: counter.optional() }).strict(),
    officerSessionSchema,
    "Officer sign-in (argon2id; the same answer for unknown usernames; after 5 wrong passwords a back-off per username and station, 15 s doubling to 5 min) at a counter station; binds the session to this client and the station's counter.",
  ),
  'officer:session': invoke(empty, officerSessionSchema, 'The signed-in officer of this client; counts as activity.'),
  'officer:signOut': invoke(empty, z.object({ done: z.literal(true) }), 'Ends the officer session of this client.'),
  'officer:queue': invoke(
    // A background refresh is not the officer's activity: it must not hold the session open past the idle limit.
    z.object({ poll: z.boolean().optional() }).strict(),
    z.object({ entries: z.array(queueEntrySchema) }),
    'Tickets waiting or called, oldest first (poll: true = a refresh on officer:queueChanged or reconnect; not activity).',
  ),
  'officer:callNext': invoke(
    empty,
    z.object({ entry: queueEntrySchema.nullable() }),
    'Closes the ticket called at this counter and calls the next one of this counter (null when none waits).',
  ),
  'officer:registration': invoke(
    z
      .object({
        registrationId: z.number().int().min(1),
        /** CCCD fields from a scan at the counter, compared for display only. */
        card: z
          .object({
            idNumber,
            oldIdNumber: idNumber.nullable().optional(),
            fullName: text(100).min(1),
            dateOfBirth: partialDate,
            gender,
            discrepancies: z.array(cardDiscrepancySchema).max(2).optional(),
          })
          .strict()
          .optional(),
      })
      .strict(),
    registrationDetailSchema,
    'The registration and the ID card side by side, every difference flagged.',
  ),
  'officer:scanForm': invoke(
    empty,
    z.object({ registrationId: z.number().int(), registrationCode: z.string() }),
    'The Form 01 whose printed QR this counter’s reader just read (3 min): opens it for this officer and records that its paper copy is here. Fails expired/no-form-scan or not-found/unknown-form.',
  ),
  'officer:approve': invoke(
    z
      .object({
        registrationId: z.number().int().min(1),
        paperFormSigned: z.literal(true),
        requestKey,
        /**
         * A supervisor, at this console, lets through an approval the host blocked because the counter's CCCD scan
         * disagrees with the form or the mã số belongs to someone else. Checked like a sign-in; audited with both.
         */
        override: supervisorOverrideSchema.optional(),
      })
      .strict(),
    z.object({
      registrationCode: z.string(),
      state: z.literal('approved'),
      notices,
      /** The account's username: the form's mã số, or the one the registry gave the person at approval. */
      insuranceNumber: z.string(),
      /** The citizen's receipt with next steps (no password) in the print queue; null without a printer. */
      receiptJobId: z.number().int().nullable(),
    }),
    'Creates the VssID account once, queues the SMS/e-mail, prints the next-steps receipt.',
  ),
  'officer:reject': invoke(
    z.object({ registrationId: z.number().int().min(1), reasonCode: rejectReasonSchema, note: text(500).optional(), requestKey }).strict(),
    z.object({ registrationCode: z.string(), state: z.literal('rejected'), reasonCode: rejectReasonSchema, notices }),
    'Rejects with a reason from the list (and a note); queues the rejection SMS/e-mail.',
  ),
  'officer:previewNotices': invoke(
    z
      .object({
        registrationId: z.number().int().min(1),
        decision: z.enum(['approve', 'reject']),
        reasonCode: rejectReasonSchema.optional(),
        note: text(500).optional(),
      })
      .strict(),
    noticePreviewSchema,
    'The SMS and e-mail a decision would send, exactly (the initial password masked), so the officer reads them first.',
  ),
  'officer:officers': invoke(
    empty,
    z.object({ officers: z.array(officerAccountSchema) }),
    'Supervisors only (else forbidden): every officer account with its role and any running lockout; no citizen data.',
  ),
  'officer:unlockOfficer': invoke(
    z.object({ officerId: z.number().int().min(1) }).strict(),
    z.object({ wasLocked: z.boolean() }),
    'Supervisors only (else forbidden): ends an officer lockout after wrong passwords; audited.',
  ),
  'officer:releaseTicket': invoke(
    z.object({ ticketId: z.number().int().min(1) }).strict(),
    z.object({ entry: queueEntrySchema }),
    'Supervisors only (else forbidden): puts a called ticket back to waiting at its counter (the officer left); audited.',
  ),
  'officer:recall': invoke(
    empty,
    z.object({ entry: queueEntrySchema }),
    '"Gọi lại": the call board announces again the ticket called at this officer\'s own counter (conflict nothing-called if none); audited.',
  ),
  'officer:printForm': invoke(
    z.object({ registrationId: z.number().int().min(1) }).strict(),
    form01PrintResultSchema,
    'Prints Form 01 of a registration on the A4 document printer (officer signed in; audited with the officer).',
  ),
  'officer:finishTicket': invoke(
    z.object({ ticketId: z.number().int().min(1) }).strict(),
    z.object({ label: z.string() }),
    '"Hoàn thành": closes a ticket without a Form 01 (B, C, D) called at this counter; its citizen may then rate it.',
  ),
  'officer:counterServices': invoke(
    empty,
    z.object({ counters: z.array(counterServicesSchema) }),
    'The services each known counter serves (office data; a counter without a setting serves every service).',
  ),
  'officer:setCounterServices': invoke(
    counterServicesSchema.extend({ counter: z.string().regex(/^\d{1,2}$/, 'expected a counter number') }).strict(),
    counterServicesSchema,
    'Supervisors only (else forbidden): which services a counter serves (at least one); audited.',
  ),
  'officer:dayReport': invoke(
    z
      .object({
        day: z
          .string()
          .regex(/^\d{4}-\d{2}-\d{2}$/, 'expected YYYY-MM-DD')
          .optional(),
      })
      .strict(),
    dayReportSchema,
    'Supervisors only (else forbidden): the office’s day in numbers (default today, Vietnam time); no personal data.',
  ),
} as const;

/** What changed the counter queue. The event carries only this: the console refetches what it may see. */
/** `other-station`: another station's host changed the queue in the shared database (a kiosk, another counter). */
export const QUEUE_CHANGES = [
  'issued',
  'called',
  'approved',
  'rejected',
  'expired',
  'abandoned',
  'released',
  'returned',
  'other-station',
  'served',
] as const;
export const queueChangedSchema = z.object({ reason: z.enum(QUEUE_CHANGES) });
export type QueueChanged = z.infer<typeof queueChangedSchema>;

export const officerEvents = {
  'officer:queueChanged': event(
    queueChangedSchema,
    'The counter queue changed (ticket issued, called, decided, expired or abandoned); no personal data, refetch with officer:queue.',
  ),
} as const;
