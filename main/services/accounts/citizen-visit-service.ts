/**
 * The kiosk side of a citizen's visit: sign-in (password, or CCCD + OTP), password changes and the gate in front of
 * the records. State is per client (one screen/connection): a pending CCCD sign-in waiting for its OTP, and the
 * signed-in visit session (citizen-sessions.ts). Signing out, the client going away or the session expiring ends
 * both and destroys the OTPs of that citizen, so nothing of the visit survives on the host.
 *
 * The host ends a visit by itself after the idle timeout (issue #14: before, only the screen did, so a screen that
 * never said system:endVisit kept the records open): the client is then told 'session-expired' until it signs in
 * again or ends the visit, and onSessionEnd lets the core run the visit-end hooks. One account is signed in on one
 * screen at a time (the VssID rule): a sign-in while another client holds a visit of that account is refused with
 * 'signed-in-elsewhere' and an OTP to the registered phone; that code signs in here and ends the other visit.
 */
import type { SessionEndReason as VisitEndReason } from '../../../preload/contract/channels/account';
import { KioskFailure } from '../../../preload/contract/result';
import type { PersonRepository } from '../../db/repositories/ports';
import type { Logger } from '../../logging/logger';
import { maskName } from '../lookup/mask';
import type { IssuedOtp, OtpPurpose, OtpService } from '../otp/otp-service';
import type { AccountsService, ForcedChangePasswordInput, MustChangePassword } from './accounts-service';
import { createCitizenSessions } from './citizen-sessions';
import type { CitizenSessions } from './citizen-sessions';

export const VISIT_IDLE_MS = 15 * 60_000;

export interface Visit {
  insuranceNumber: string;
  personId: number;
  mustChangePassword: MustChangePassword;
}

/** A sign-in waiting for its OTP: a CCCD sign-in, or a password sign-in that found the account signed in elsewhere. */
interface PendingSignIn {
  readonly insuranceNumber: string;
  readonly personId: number;
  readonly phone: string;
  readonly purpose: Extract<OtpPurpose, 'card-sign-in' | 'device-change'>;
  /** The password sign-in's answer, kept for after the OTP ('device-change' only). */
  readonly mustChangePassword?: MustChangePassword;
  /** The citizen was told the account is signed in on another screen: the code now also ends that visit. */
  takeover: boolean;
}

export interface SignedInResult {
  readonly status: 'signed-in';
  readonly mustChangePassword: MustChangePassword;
  readonly maskedName: string;
}

export interface OtpSent {
  readonly otpSentTo: string;
  readonly expiresAt: string;
}

export interface CitizenVisitService {
  signIn(clientId: string, input: { readonly insuranceNumber: string; readonly password: string }): Promise<SignedInResult>;
  signInWithCard(clientId: string, input: { readonly idNumber: string }): OtpSent;
  verifyOtp(clientId: string, code: string): SignedInResult;
  resendOtp(clientId: string): OtpSent;
  forcedChangePassword(clientId: string, input: Omit<ForcedChangePasswordInput, 'insuranceNumber'>): Promise<void>;
  requestPasswordOtp(clientId: string): OtpSent;
  changePassword(clientId: string, input: Omit<ForcedChangePasswordInput, 'insuranceNumber'> & { readonly otp: string }): Promise<void>;
  signOut(clientId: string): void;
  /** A call from this client counts as activity (it pushes the idle expiry back); ends the visit if already idle. */
  touch(clientId: string): void;
  /** Ends every visit idle past the timeout (the host calls it periodically). */
  sweep(): void;
  /** The mã số this client is signing in to (a code pending) or signed in as, for the per-account limits; else null. */
  accountOf(clientId: string): string | null;
  /** The person id whose records this client may read; throws 'unauthorized' / 'forbidden'. */
  recordsAccess(clientId: string): number;
  /** The client disconnected or its window closed. */
  clientGone(clientId: string): void;
  /** Number of live visit sessions (tests, health). */
  sessionCount(): number;
  hasSession(clientId: string): boolean;
  /** Everything held in memory (sessions and pending card sign-ins), for the emulated-mode residue check only. */
  debugSnapshot(): { readonly sessions: readonly unknown[]; readonly pending: readonly unknown[] };
  endAll(): void;
}

export interface CitizenVisitDeps {
  readonly accounts: AccountsService;
  readonly otp: Pick<OtpService, 'issueOtp' | 'verifyOtp' | 'destroyOtpsFor'>;
  readonly persons: Pick<PersonRepository, 'findByInsuranceNumber' | 'findByIdNumber'>;
  readonly clock: () => Date;
  readonly logger: Logger;
  /** Idle period; a function when kiosk settings can change it while the host runs. Infinity = never. */
  readonly idleMs?: number | (() => number);
  /** The host ended a visit by itself (idle timeout, or the account signed in elsewhere): run the visit-end hooks. */
  readonly onSessionEnd?: (clientId: string, reason: VisitEndReason) => void;
  /** A sign-in confirmed by OTP ended the account's visit on another screen: the core audits it (account only). */
  readonly onTakeover?: (insuranceNumber: string) => void;
}

export function createCitizenVisitService(deps: CitizenVisitDeps): CitizenVisitService {
  const { accounts, otp, persons, logger } = deps;
  const pending = new Map<string, PendingSignIn>();
  /** Clients whose visit the host ended, and why; cleared when the client signs in again, ends the visit or goes. */
  const endedByHost = new Map<string, VisitEndReason>();
  const hostEnded = (clientId: string, reason: VisitEndReason): void => {
    endedByHost.set(clientId, reason);
    deps.onSessionEnd?.(clientId, reason);
  };
  const sessions: CitizenSessions<Visit> = createCitizenSessions<Visit>({
    clock: deps.clock,
    ttlMs: deps.idleMs ?? VISIT_IDLE_MS,
    onEnd: (clientId, data, reason) => {
      otp.destroyOtpsFor(data.insuranceNumber);
      logger.info('visit.ended', { reason });
      if (reason === 'expired') hostEnded(clientId, 'session-expired');
    },
  });

  /** The other clients holding a live visit of this account (at most one, unless two sign-ins raced). */
  const elsewhere = (clientId: string, insuranceNumber: string): string[] =>
    sessions
      .entries()
      .filter((s) => s.clientId !== clientId && s.data.insuranceNumber === insuranceNumber)
      .map((s) => s.clientId);

  const signedInElsewhere = (detail: Record<string, string | number | boolean>): KioskFailure =>
    new KioskFailure('conflict', 'this account is signed in on another screen; confirm with the OTP sent to the registered phone', {
      reason: 'signed-in-elsewhere',
      ...detail,
    });

  const dropPending = (clientId: string): void => {
    const p = pending.get(clientId);
    if (p === undefined) return;
    pending.delete(clientId);
    otp.destroyOtpsFor(p.insuranceNumber);
  };

  const personOf = (insuranceNumber: string) => {
    const person = persons.findByInsuranceNumber(insuranceNumber);
    if (person === undefined) throw new KioskFailure('not-found', 'no person record for this account');
    return person;
  };

  const start = (clientId: string, insuranceNumber: string, personId: number, fullName: string, must: MustChangePassword) => {
    dropPending(clientId);
    sessions.start(clientId, { insuranceNumber, personId, mustChangePassword: must });
    logger.info('visit.signed-in', { mustChangePassword: must ?? 'no' });
    return { status: 'signed-in', mustChangePassword: must, maskedName: maskName(fullName) } as const;
  };

  const session = (clientId: string): Visit => {
    const s = sessions.get(clientId);
    if (s !== null) return s.data;
    const ended = endedByHost.get(clientId);
    if (ended === 'session-expired')
      throw new KioskFailure('expired', 'the visit ended after inactivity; sign in again', { reason: ended });
    if (ended === 'signed-in-elsewhere') {
      throw new KioskFailure('unauthorized', 'this account signed in on another screen; sign in again', { reason: ended });
    }
    throw new KioskFailure('unauthorized', 'sign in first');
  };

  /** A fresh start on this client: whatever visit or pending sign-in was there ends, and so does its tombstone. */
  const reset = (clientId: string): void => {
    sessions.end(clientId);
    dropPending(clientId);
    endedByHost.delete(clientId);
  };

  const sent = (issued: IssuedOtp): OtpSent => ({ otpSentTo: issued.maskedPhone, expiresAt: issued.expiresAt });

  return {
    async signIn(clientId, input) {
      // A new sign-in on this screen ends whatever visit was there, before the password is even checked.
      reset(clientId);
      const r = await accounts.signIn({ insuranceNumber: input.insuranceNumber, password: input.password, deviceId: `kiosk:${clientId}` });
      const person = personOf(input.insuranceNumber);
      // Only after the password: the refusal must not tell a stranger whether (or where) an account is in use.
      if (elsewhere(clientId, input.insuranceNumber).length > 0) {
        logger.info('visit.signed-in-elsewhere', { method: 'password' });
        if (person.phone === null || person.phone.trim() === '') throw signedInElsewhere({ otpSent: false });
        const p: PendingSignIn = {
          insuranceNumber: input.insuranceNumber,
          personId: person.id,
          phone: person.phone,
          purpose: 'device-change',
          mustChangePassword: r.mustChangePassword,
          takeover: true,
        };
        pending.set(clientId, p);
        let issued: IssuedOtp;
        try {
          issued = otp.issueOtp({ purpose: 'device-change', subjectRef: input.insuranceNumber, phone: person.phone });
        } catch (e) {
          // A code sent less than a minute ago: the screen offers "send again" once the wait is over.
          if (e instanceof KioskFailure && e.code === 'rate-limited') {
            throw signedInElsewhere({ otpSent: false, retryAfterSeconds: Number(e.detail?.retryAfterSeconds ?? 0) });
          }
          throw e;
        }
        throw signedInElsewhere({ otpSent: true, maskedPhone: issued.maskedPhone, expiresAt: issued.expiresAt });
      }
      return start(clientId, input.insuranceNumber, person.id, person.fullName, r.mustChangePassword);
    },

    signInWithCard(clientId, input) {
      reset(clientId);
      const person = persons.findByIdNumber(input.idNumber);
      if (person === undefined || !accounts.exists(person.insuranceNumber)) {
        throw new KioskFailure('not-found', 'no VssID account for this card', { reason: 'no-account' });
      }
      if (person.phone === null || person.phone.trim() === '') {
        throw new KioskFailure('forbidden', 'no registered phone for this account', { reason: 'no-registered-phone' });
      }
      const issued = otp.issueOtp({ purpose: 'card-sign-in', subjectRef: person.insuranceNumber, phone: person.phone });
      // The card's OTP goes to the registered phone either way; here it also confirms ending the other visit.
      const takeover = elsewhere(clientId, person.insuranceNumber).length > 0;
      pending.set(clientId, {
        insuranceNumber: person.insuranceNumber,
        personId: person.id,
        phone: person.phone,
        purpose: 'card-sign-in',
        takeover,
      });
      if (takeover) {
        logger.info('visit.signed-in-elsewhere', { method: 'card' });
        throw signedInElsewhere({ otpSent: true, maskedPhone: issued.maskedPhone, expiresAt: issued.expiresAt });
      }
      return sent(issued);
    },

    verifyOtp(clientId, code) {
      const p = pending.get(clientId);
      if (p === undefined)
        throw new KioskFailure('expired', 'no sign-in is waiting for a code; scan the card again', { reason: 'no-code' });
      const others = elsewhere(clientId, p.insuranceNumber);
      // Signed in elsewhere since the code was sent: warn first; the code is not used up, the citizen may enter it again.
      if (others.length > 0 && !p.takeover) {
        p.takeover = true;
        logger.info('visit.signed-in-elsewhere', { method: 'card' });
        throw signedInElsewhere({ otpSent: false, codeStillValid: true });
      }
      otp.verifyOtp({ purpose: p.purpose, subjectRef: p.insuranceNumber, code });
      for (const other of others) {
        sessions.end(other);
        hostEnded(other, 'signed-in-elsewhere');
      }
      if (others.length > 0) {
        logger.info('visit.taken-over', { ended: others.length });
        deps.onTakeover?.(p.insuranceNumber);
      }
      const person = personOf(p.insuranceNumber);
      const must = p.mustChangePassword !== undefined ? p.mustChangePassword : accounts.passwordStatus(p.insuranceNumber);
      return start(clientId, p.insuranceNumber, p.personId, person.fullName, must);
    },

    resendOtp(clientId) {
      const p = pending.get(clientId);
      if (p === undefined)
        throw new KioskFailure('expired', 'no sign-in is waiting for a code; scan the card again', { reason: 'no-code' });
      return sent(otp.issueOtp({ purpose: p.purpose, subjectRef: p.insuranceNumber, phone: p.phone }));
    },

    async forcedChangePassword(clientId, input) {
      const visit = session(clientId);
      await accounts.forcedChangePassword({ ...input, insuranceNumber: visit.insuranceNumber });
      visit.mustChangePassword = null;
    },

    requestPasswordOtp(clientId) {
      const visit = session(clientId);
      return sent(accounts.requestPasswordChangeOtp({ insuranceNumber: visit.insuranceNumber }));
    },

    async changePassword(clientId, input) {
      const visit = session(clientId);
      await accounts.changePassword({ ...input, insuranceNumber: visit.insuranceNumber });
      visit.mustChangePassword = null;
    },

    signOut: reset,
    touch(clientId) {
      sessions.get(clientId);
    },
    sweep: () => sessions.sweep(),

    accountOf: (clientId) => pending.get(clientId)?.insuranceNumber ?? sessions.get(clientId)?.data.insuranceNumber ?? null,

    recordsAccess(clientId) {
      const visit = session(clientId);
      if (visit.mustChangePassword !== null) {
        throw new KioskFailure('forbidden', 'the password must be changed first', { reason: `must-change-${visit.mustChangePassword}` });
      }
      return visit.personId;
    },

    clientGone: reset,
    sessionCount: () => sessions.size(),
    hasSession: (clientId) => sessions.entries().some((s) => s.clientId === clientId),
    debugSnapshot: () => ({ sessions: sessions.entries(), pending: [...pending.entries()] }),
    endAll() {
      for (const clientId of [...pending.keys()]) dropPending(clientId);
      sessions.endAll();
      endedByHost.clear();
    },
  };
}
