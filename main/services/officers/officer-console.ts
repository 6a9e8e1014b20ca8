/**
 * The counter console's server side: one officer session per connected client (the token never leaves main), the
 * queue, the side-by-side detail and the decisions. Every call after sign-in is activity; a session idle longer than
 * the officers service allows ends and the client is told 'expired'.
 *
 * Double taps: calls carrying the same request key while one is in flight share its promise, and the decision
 * services are idempotent per registration anyway (a later repeat answers the stored outcome with no new rows). The
 * receipt's print-job key is per registration too, so it prints once.
 */
import type { InputOf, OutputOf } from '../../../preload/contract/channels';
import { KioskFailure } from '../../../preload/contract/result';
import type {
  OfficerAccountView,
  OfficerSessionView,
  QueueEntryView,
  RejectReason,
  SupervisorOverride,
} from '../../../preload/contract/channels/officer';
import type { CounterServicesView, DayReport } from '../../../preload/contract/day-report';
import { ticketLabel, type ServiceCode } from '../../../preload/contract/ticket-label';
import type { Database } from '../../db/open-database';
import type { Logger } from '../../logging/logger';
import { appendAudit } from '../audit/audit-log';
import type { ScanMemory } from '../devices/last-card-scan';
import { cleanText } from '../../domain/text/vi-text';
import { createInsuranceNumberOwner, identityOfFormId } from '../registrations/insurance-number-owner';
import type { ApprovalOverride } from '../registrations/officer-decisions';
import type { PrintQueue } from '../printing/print-queue';
import type { QueueEntry } from '../registrations/queue-tickets';
import { registrationRef } from '../registrations/registration-types';
import type { RegistrationsService } from '../registrations/registrations-service';
import { REJECT_REASON_CODES, type RejectReasonCode } from '../registrations/decision-notices';
import { computeDayReport } from '../reports/day-report';
import { vietnamDay } from '../registrations/registration-types';
import { buildApprovalReceipt } from './approval-receipt';
import type { OfficersService, OfficerSession } from './officers-service';
import { createRegistrationDetails, type CounterCard } from './registration-detail';

// The contract's reason list and the service's must stay the same list.
const SAME_REASONS: readonly RejectReason[] = REJECT_REASON_CODES satisfies readonly RejectReasonCode[];
void SAME_REASONS;

export interface OfficerConsoleDeps {
  readonly db: Database;
  readonly clock: () => Date;
  readonly logger: Logger;
  readonly officers: OfficersService;
  readonly registrations: Pick<
    RegistrationsService,
    | 'listQueue'
    | 'callNext'
    | 'recallTicket'
    | 'approve'
    | 'reject'
    | 'releaseTicket'
    | 'previewNotices'
    | 'finishWalkIn'
    | 'servicesOf'
    | 'setServicesOf'
  >;
  /** A ticket was closed at this counter (decision or "Hoàn thành"): its citizen-facing screen offers the rating. */
  readonly onTicketFinished?: (counter: string) => void;
  /** Null when this host has no printer (devices 'none'): the receipt is then skipped. */
  readonly printQueue: Pick<PrintQueue, 'enqueue'> | null;
  readonly idleTimeoutMs: number;
  /** This station's reader: the Form 01 QR it read last (officer:scanForm). */
  readonly scans: Pick<ScanMemory, 'lastScan'>;
}

/** A paper form read longer ago than this does not count: the citizen with it may have left the counter. */
export const FORM_SCAN_TTL_MS = 3 * 60_000;

export interface OfficerConsole {
  signIn(clientId: string, input: { username: string; password: string; counter: string }): Promise<OfficerSessionView>;
  session(clientId: string): OfficerSessionView;
  signOut(clientId: string): void;
  /** The signed-in officer's audit actor (`officer:<id>`), extending the session; `unauthorized` when nobody is signed in. */
  actorOf(clientId: string): string;
  /** The same, for an action on one registration: only one in this officer's counter queue or opened by them. */
  actorForRegistration(clientId: string, registrationId: number): string;
  /** `poll`: a background refresh, which checks the session without extending it. */
  queue(clientId: string, poll?: boolean): QueueEntryView[];
  callNext(clientId: string): QueueEntryView | null;
  /** "Gọi lại": the ticket called at this officer's own counter is announced again on the call board. */
  recall(clientId: string): QueueEntryView;
  registration(clientId: string, registrationId: number, card?: CounterCard): OutputOf<'officer:registration'>;
  previewNotices(clientId: string, input: InputOf<'officer:previewNotices'>): OutputOf<'officer:previewNotices'>;
  /** The form whose paper QR this station's reader just read: opened for this officer, its paper copy recorded. */
  scanForm(clientId: string): { registrationId: number; registrationCode: string };
  approve(
    clientId: string,
    input: { registrationId: number; requestKey: string; override?: SupervisorOverride },
  ): Promise<OutputOf<'officer:approve'>>;
  reject(
    clientId: string,
    input: { registrationId: number; reasonCode: RejectReason; note?: string; requestKey: string },
  ): Promise<OutputOf<'officer:reject'>>;
  /** Supervisors only (else `forbidden`): the officer accounts with any running lockout. */
  officerAccounts(clientId: string): Promise<OfficerAccountView[]>;
  /** Supervisors only: ends another officer's lockout. */
  unlockOfficer(clientId: string, officerId: number): Promise<{ wasLocked: boolean }>;
  /** Supervisors only: a called ticket back to waiting at its counter. */
  releaseTicket(clientId: string, ticketId: number): QueueEntryView;
  /** "Hoàn thành": a B/C/D ticket called at this officer's counter is closed. */
  finishTicket(clientId: string, ticketId: number): { label: string };
  /** Which services each known counter serves (any signed-in officer may read it: "call next" depends on it). */
  counterServices(clientId: string): CounterServicesView[];
  /** Supervisors only: sets the services of one counter; audited. */
  setCounterServices(clientId: string, counter: string, services: readonly ServiceCode[]): CounterServicesView;
  /** Supervisors only: the office's day in numbers (default today, Vietnam time). */
  dayReport(clientId: string, day?: string): DayReport;
  /** The counters with a signed-in console on this host right now: their calls are renewed, not returned. */
  countersServed(): readonly string[];
  clientGone(clientId: string): void;
  endAll(): void;
}

interface Bound {
  readonly token: string;
  readonly counter: string;
}

const toEntryView = (e: QueueEntry): QueueEntryView => ({
  ticketId: e.id,
  service: e.service,
  label: ticketLabel(e),
  number: e.number,
  day: e.day,
  counter: e.counter,
  state: e.state === 'called' ? 'called' : 'issued',
  registrationId: e.registrationId,
  registrationCode: e.registrationCode,
  fullName: e.fullName,
  checkOverall: e.checkOverall,
  createdAt: e.createdAt,
  calledAt: e.calledAt,
});

/** A Form 01 ticket's subject is its registration; a walk-in ticket has only its day and label. */
const subjectOf = (e: QueueEntry): string =>
  e.registrationId === null ? `ticket:${e.day}:${ticketLabel(e)}` : registrationRef(e.registrationId);

export function createOfficerConsole(deps: OfficerConsoleDeps): OfficerConsole {
  const { db, clock, logger, officers, registrations } = deps;
  /**
   * A form decided straight from the queue (its ticket never called) was still served at this counter: the closed
   * ticket is this counter's, so its rating screen offers the rating and the report counts it here.
   */
  const claimDone = db.prepare("UPDATE queue_tickets SET counter = ? WHERE registration_id = ? AND state = 'done' AND counter IS NULL");
  /** The rating screen is a nicety: a failure to notify it must not turn a recorded decision into an error. */
  const finished = (counter: string, registrationId?: number): void => {
    try {
      if (registrationId !== undefined) claimDone.run(counter, registrationId);
      deps.onTicketFinished?.(counter);
    } catch (error) {
      logger.warn('rating.notify-failed', { error: error instanceof Error ? error.name : 'unknown' });
    }
  };
  const bound = new Map<string, Bound>();
  const inFlight = new Map<string, Promise<unknown>>();
  const details = createRegistrationDetails(db);
  /**
   * Registrations whose latest CCCD scan at a counter disagreed with the form (in memory, like the scan itself): the
   * officer has seen another person's card, so approval waits for a scan that agrees. Per registration, not per
   * client, so a second console cannot approve what the first one saw mismatch.
   */
  const counterMismatch = new Set<number>();
  /**
   * What each client may read and decide: a registration whose ticket waits at or is called to the officer's own
   * counter, and afterwards (a decision's replay once the ticket is done) whatever this client opened that way. A sequential id
   * alone opens nothing: before, an officer at any counter could read and approve any registration by its number.
   */
  const opened = new Map<string, Set<number>>();
  // At this counter, or waiting in the line of a service this counter serves (no setting = every service).
  const ticketAtCounter = db.prepare(
    `SELECT 1 FROM queue_tickets WHERE registration_id = ? AND state IN ('issued', 'called')
       AND (counter = ? OR (counter IS NULL AND state = 'issued' AND (
         NOT EXISTS (SELECT 1 FROM counter_services WHERE counter = ?)
         OR service IN (SELECT service FROM counter_services WHERE counter = ?)))) LIMIT 1`,
  );
  const requireOpenable = (clientId: string, counter: string, actor: string, registrationId: number): void => {
    if (opened.get(clientId)?.has(registrationId) === true) return;
    if (ticketAtCounter.get(registrationId, counter, counter, counter) !== undefined) {
      opened.set(clientId, (opened.get(clientId) ?? new Set<number>()).add(registrationId));
      return;
    }
    audit(actor, 'registration.access-denied', registrationRef(registrationId), { counter });
    logger.warn('registration.access-denied', { registration: registrationRef(registrationId) });
    throw new KioskFailure('forbidden', 'the registration is not in this counter’s queue', { reason: 'not-at-this-counter' });
  };

  /**
   * Forms whose printed QR this client's officer scanned at the counter's reader: the paper copy is on the desk. The
   * "signed paper form" tick alone was a `true` any client could send; approval now needs this scan as well.
   */
  const paperSeen = new Map<string, Set<number>>();
  const hasPaper = (clientId: string, registrationId: number): boolean => paperSeen.get(clientId)?.has(registrationId) === true;
  const byCode = db.prepare('SELECT id, code FROM registrations WHERE code = ?');
  const identityOf = db.prepare('SELECT insurance_number, id_number FROM registrations WHERE id = ?');
  const owner = createInsuranceNumberOwner(db);
  /** What keeps this approval back that a supervisor may lift, or null. */
  const blockOf = (registrationId: number): ApprovalOverride['block'] | null => {
    if (counterMismatch.has(registrationId)) return 'counter-scan-mismatch';
    const row = identityOf.get(registrationId) as { insurance_number: string | null; id_number: string | null } | undefined;
    if (row !== undefined && owner.ownership(row.insurance_number, identityOfFormId(row.id_number)) === 'other-person') {
      return 'insurance-number-not-owner';
    }
    return null;
  };
  /**
   * The supervisor types their own username and password at this console. Checked by a real sign-in (the same
   * lockout and attempt counting as the sign-in screen), whose session is closed at once. Every refusal is one
   * answer, so the panel cannot tell an unknown name from a plain officer's.
   */
  const supervisorFor = async (officerId: number, o: SupervisorOverride): Promise<number> => {
    const refused = (): KioskFailure =>
      new KioskFailure('forbidden', 'the override needs another officer with the supervisor role and their password', {
        reason: 'override-refused',
      });
    let s: Awaited<ReturnType<OfficersService['signInOfficer']>>;
    try {
      s = await officers.signInOfficer({ username: o.username, password: o.password });
    } catch (e) {
      if (e instanceof KioskFailure && e.code === 'locked-out') throw e;
      throw refused();
    }
    officers.signOutOfficer(s.token);
    if (s.officer.role !== 'supervisor' || s.officer.id === officerId) throw refused();
    return s.officer.id;
  };

  const view = (s: OfficerSession, counter: string): OfficerSessionView => ({
    username: s.officer.username,
    displayName: s.officer.displayName,
    role: s.officer.role,
    counter,
    expiresAt: s.expiresAt,
    idleTimeoutMs: deps.idleTimeoutMs,
  });

  /** 'expired' is also a registration's answer: tag the session's own so the console can tell them apart. */
  const sessionEnded = (e: unknown): unknown =>
    e instanceof KioskFailure && e.code === 'expired' ? new KioskFailure('expired', e.message, { reason: 'session-idle' }) : e;

  /**
   * Clients whose session ended by idleness: every later call (a queue poll racing a tap) keeps saying so until the
   * next sign-in, so the console shows "ended because idle" rather than whichever reply came last.
   */
  const idleEnded = new Set<string>();
  const notSignedIn = (clientId: string): KioskFailure =>
    idleEnded.has(clientId)
      ? new KioskFailure('expired', 'the officer session ended after inactivity', { reason: 'session-idle' })
      : new KioskFailure('unauthorized', 'not signed in');
  const ended = (clientId: string, e: unknown): never => {
    bound.delete(clientId);
    const failure = sessionEnded(e);
    if (failure instanceof KioskFailure && failure.code === 'expired') idleEnded.add(clientId);
    throw failure;
  };

  /** The caller's live session, extended by this call; forgets it when it ended (idle or disabled). */
  const active = (clientId: string): { session: OfficerSession; counter: string; actor: string } => {
    const b = bound.get(clientId);
    if (b === undefined) throw notSignedIn(clientId);
    try {
      const session = officers.touch(b.token);
      return { session, counter: b.counter, actor: `officer:${session.officer.id}` };
    } catch (e) {
      return ended(clientId, e);
    }
  };

  const idleCheck = (clientId: string): void => {
    const b = bound.get(clientId);
    if (b === undefined) throw notSignedIn(clientId);
    try {
      officers.getOfficerSession(b.token);
    } catch (e) {
      ended(clientId, e);
    }
  };

  /** One promise per request key while it runs: a double tap is one request. */
  const once = <T>(key: string, run: () => Promise<T>): Promise<T> => {
    const running = inFlight.get(key);
    if (running !== undefined) return running as Promise<T>;
    const p = run().finally(() => inFlight.delete(key));
    inFlight.set(key, p);
    return p;
  };

  /** A closed window or tab ends its officer session: the next person at that screen starts at sign-in. */
  const forget = (clientId: string): void => {
    idleEnded.delete(clientId);
    opened.delete(clientId);
    paperSeen.delete(clientId);
    const b = bound.get(clientId);
    if (b === undefined) return;
    bound.delete(clientId);
    officers.signOutOfficer(b.token);
  };

  const audit = (actor: string, action: string, subjectRef: string, details?: Record<string, string | number | boolean | null>): void => {
    appendAudit(db, { at: clock(), actor, action, subjectRef, ...(details === undefined ? {} : { details }) });
  };

  /**
   * The host, not the console's menu, decides who has supervisor powers: the role is read with the session on every
   * call, so a demoted officer loses them at once. A refused attempt is itself an officer action, so it is audited.
   */
  const supervisor = (clientId: string, what: string): { actor: string } => {
    const a = active(clientId);
    if (a.session.officer.role !== 'supervisor') {
      audit(a.actor, 'supervisor.denied', a.actor, { what });
      logger.warn('supervisor.denied', { officerId: a.session.officer.id, what });
      throw new KioskFailure('forbidden', 'only a supervisor may do this');
    }
    return { actor: a.actor };
  };

  return {
    async officerAccounts(clientId) {
      supervisor(clientId, 'officers');
      return (await officers.listOfficers()).map((o) => ({
        officerId: o.id,
        username: o.username,
        displayName: o.displayName,
        role: o.role,
        disabled: o.disabled,
        lockedUntil: o.lockedUntil,
      }));
    },

    async unlockOfficer(clientId, officerId) {
      const { actor } = supervisor(clientId, 'unlock-officer');
      return await officers.unlockOfficer(officerId, actor);
    },

    releaseTicket(clientId, ticketId) {
      const { actor } = supervisor(clientId, 'release-ticket');
      const entry = registrations.releaseTicket(ticketId);
      audit(actor, 'queue.ticket-released', subjectOf(entry), {
        ticketDay: entry.day,
        ticketNumber: entry.number,
        ticket: ticketLabel(entry),
        counter: entry.counter,
      });
      return toEntryView(entry);
    },

    async signIn(clientId, input) {
      idleEnded.delete(clientId);
      const previous = bound.get(clientId);
      opened.delete(clientId);
      paperSeen.delete(clientId);
      if (previous !== undefined) {
        officers.signOutOfficer(previous.token);
        bound.delete(clientId);
      }
      const s = await officers.signInOfficer({ username: input.username, password: input.password });
      const counter = input.counter.normalize('NFC').trim();
      bound.set(clientId, { token: s.token, counter });
      return view(s, counter);
    },

    session(clientId) {
      const a = active(clientId);
      return view(a.session, a.counter);
    },

    signOut: (clientId) => forget(clientId),
    actorOf: (clientId) => active(clientId).actor,
    actorForRegistration(clientId, registrationId) {
      const a = active(clientId);
      requireOpenable(clientId, a.counter, a.actor, registrationId);
      return a.actor;
    },

    queue(clientId, poll) {
      if (poll === true) idleCheck(clientId);
      else active(clientId);
      return registrations.listQueue().map(toEntryView);
    },

    callNext(clientId) {
      const a = active(clientId);
      const next = registrations.callNext(a.counter);
      if (next !== null) {
        audit(a.actor, 'queue.ticket-called', subjectOf(next), {
          ticketDay: next.day,
          ticketNumber: next.number,
          ticket: ticketLabel(next),
        });
        logger.info('queue.ticket-called', { ticket: next.id, number: next.number, service: next.service });
      }
      return next === null ? null : toEntryView(next);
    },

    recall(clientId) {
      const a = active(clientId);
      // Only the officer's own counter: the host decides which, from the session, never from the client.
      const entry = registrations.recallTicket(a.counter);
      audit(a.actor, 'queue.ticket-recalled', subjectOf(entry), {
        ticketDay: entry.day,
        ticketNumber: entry.number,
        ticket: ticketLabel(entry),
        counter: entry.counter,
      });
      logger.info('queue.ticket-recalled', { ticket: entry.id, number: entry.number, service: entry.service, counter: entry.counter });
      return toEntryView(entry);
    },

    registration(clientId, registrationId, card) {
      const a = active(clientId);
      requireOpenable(clientId, a.counter, a.actor, registrationId);
      const d = details.detail(registrationId, card);
      if (card !== undefined) {
        if (d.fields.some((f) => f.counterResult === 'mismatch')) counterMismatch.add(registrationId);
        else counterMismatch.delete(registrationId);
      }
      // Opening a form shows personal data: who looked, and whether a card was compared, is kept.
      audit(a.actor, 'registration.viewed', registrationRef(registrationId), { counterScan: card !== undefined });
      return { ...d, paperFormScanned: hasPaper(clientId, registrationId) };
    },

    scanForm(clientId) {
      const a = active(clientId);
      const scan = deps.scans.lastScan('registration', FORM_SCAN_TTL_MS);
      if (scan === null) {
        throw new KioskFailure('expired', 'no Form 01 QR was read at this counter in the last 3 minutes', { reason: 'no-form-scan' });
      }
      const row = byCode.get(scan.registrationCode) as { id: number; code: string } | undefined;
      if (row === undefined) throw new KioskFailure('not-found', 'no registration has the scanned code', { reason: 'unknown-form' });
      // Scanning the paper form opens it wherever its ticket is: the citizen is standing at this counter with it.
      opened.set(clientId, (opened.get(clientId) ?? new Set<number>()).add(row.id));
      paperSeen.set(clientId, (paperSeen.get(clientId) ?? new Set<number>()).add(row.id));
      audit(a.actor, 'registration.paper-form-scanned', registrationRef(row.id));
      return { registrationId: row.id, registrationCode: row.code };
    },

    previewNotices(clientId, input) {
      const a = active(clientId);
      requireOpenable(clientId, a.counter, a.actor, input.registrationId);
      if (input.decision === 'reject') {
        if (input.reasonCode === undefined)
          throw new KioskFailure('invalid-input', 'a rejection preview needs a reason', { field: 'reasonCode' });
        return registrations.previewNotices({
          registrationId: input.registrationId,
          decision: 'reject',
          reasonCode: input.reasonCode,
          note: input.note ?? null,
        });
      }
      return registrations.previewNotices({ registrationId: input.registrationId, decision: 'approve' });
    },

    approve(clientId, input) {
      const a = active(clientId);
      requireOpenable(clientId, a.counter, a.actor, input.registrationId);
      const ref = registrationRef(input.registrationId);
      if (!hasPaper(clientId, input.registrationId)) {
        audit(a.actor, 'registration.approval-blocked', ref, { reason: 'paper-form-not-scanned' });
        throw new KioskFailure('conflict', 'scan the QR code of the signed paper form at this counter first', {
          reason: 'paper-form-not-scanned',
        });
      }
      const block = blockOf(input.registrationId);
      if (block !== null && input.override === undefined) {
        audit(a.actor, 'registration.approval-blocked', ref, { reason: block });
        throw new KioskFailure(
          'conflict',
          block === 'counter-scan-mismatch'
            ? 'the CCCD scanned at the counter disagrees with the form'
            : 'the insurance number belongs to another person',
          { reason: block, overridable: true },
        );
      }
      return once(`approve:${input.registrationId}:${input.requestKey}`, async () => {
        let override: ApprovalOverride | undefined;
        if (block !== null && input.override !== undefined) {
          const reason = cleanText(input.override.reason);
          if (reason.replace(/\s/g, '').length < 10) {
            throw new KioskFailure('invalid-input', 'the override needs a written reason (at least 10 characters)', {
              field: 'override.reason',
            });
          }
          const supervisorId = await supervisorFor(a.session.officer.id, input.override);
          override = { supervisorId, block, reason };
        }
        const outcome = await registrations.approve({
          registrationId: input.registrationId,
          officerId: a.session.officer.id,
          paperFormSigned: true,
          ...(override === undefined ? {} : { override }),
        });
        finished(a.counter, input.registrationId);
        if (override !== undefined) {
          counterMismatch.delete(input.registrationId);
          logger.warn('registration.approval-overridden', { registration: ref, supervisorId: override.supervisorId, block });
        }
        const sms = outcome.notices.some((n) => n.channel === 'sms');
        const email = outcome.notices.some((n) => n.channel === 'email');
        let receiptJobId: number | null = null;
        const row = db.prepare('SELECT insurance_number FROM registrations WHERE id = ?').get(outcome.registrationId) as
          { insurance_number: string | null } | undefined;
        const insuranceNumber = row?.insurance_number ?? '';
        if (deps.printQueue !== null) {
          if (row !== undefined && row.insurance_number !== null) {
            const job = deps.printQueue.enqueue({
              kind: 'approval-receipt',
              idempotencyKey: `approval-receipt:${outcome.registrationId}`,
              receipt: buildApprovalReceipt({
                registrationCode: outcome.registrationCode,
                insuranceNumber: row.insurance_number,
                decidedAt: outcome.decidedAt,
                smsSent: sms,
                emailSent: email,
              }),
            });
            receiptJobId = job.id;
          }
        }
        return {
          registrationCode: outcome.registrationCode,
          state: 'approved' as const,
          insuranceNumber,
          notices: { sms, email },
          receiptJobId,
        };
      });
    },

    reject(clientId, input) {
      const a = active(clientId);
      requireOpenable(clientId, a.counter, a.actor, input.registrationId);
      return once(`reject:${input.registrationId}:${input.requestKey}`, () => {
        const outcome = registrations.reject({
          registrationId: input.registrationId,
          officerId: a.session.officer.id,
          reasonCode: input.reasonCode,
          note: input.note ?? null,
        });
        finished(a.counter, input.registrationId);
        return Promise.resolve({
          registrationCode: outcome.registrationCode,
          state: 'rejected' as const,
          reasonCode: outcome.reasonCode,
          notices: {
            sms: outcome.notices.some((n) => n.channel === 'sms'),
            email: outcome.notices.some((n) => n.channel === 'email'),
          },
        });
      });
    },

    finishTicket(clientId, ticketId) {
      const a = active(clientId);
      const entry = registrations.finishWalkIn(ticketId, a.counter);
      audit(a.actor, 'queue.ticket-served', subjectOf(entry), { ticketDay: entry.day, ticket: ticketLabel(entry), counter: a.counter });
      finished(a.counter);
      return { label: ticketLabel(entry) };
    },

    counterServices(clientId) {
      const a = active(clientId);
      const known = db
        .prepare("SELECT CAST(counter AS TEXT) FROM stations WHERE role = 'counter' UNION SELECT counter FROM counter_services")
        .pluck()
        .all() as string[];
      const counters = [...new Set([...known, a.counter])].sort((x, y) => Number(x) - Number(y) || x.localeCompare(y));
      return counters.map((counter) => ({ counter, services: [...registrations.servicesOf(counter)] }));
    },

    setCounterServices(clientId, counter, services) {
      const { actor } = supervisor(clientId, 'counter-services');
      const set = registrations.setServicesOf(counter, services);
      audit(actor, 'queue.counter-services-set', `counter:${counter}`, { services: set.join('') });
      return { counter, services: [...set] };
    },

    dayReport(clientId, day) {
      supervisor(clientId, 'day-report');
      return computeDayReport(db, day ?? vietnamDay(clock()));
    },

    countersServed() {
      const counters = new Set<string>();
      for (const b of bound.values()) {
        try {
          officers.getOfficerSession(b.token); // not extended: a console left idle is not serving anybody
          counters.add(b.counter);
        } catch {
          // Ended (idle or disabled): its next call says so; its calls are no longer renewed.
        }
      }
      return [...counters];
    },

    clientGone: (clientId) => forget(clientId),

    endAll() {
      for (const clientId of [...bound.keys()]) forget(clientId);
    },
  };
}
