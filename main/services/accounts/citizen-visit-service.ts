/**
 * The kiosk side of a citizen's visit: sign-in (password, or CCCD + OTP), password changes and the gate in front of
 * the records. State is per client (one screen/connection): a pending CCCD sign-in waiting for its OTP, and the
 * signed-in visit session (citizen-sessions.ts). Signing out, the client going away or the session expiring ends
 * both and destroys the OTPs of that citizen, so nothing of the visit survives on the host.
 */
import { KioskFailure } from '../../../preload/contract/result';
import type { PersonRepository } from '../../db/repositories/ports';
import type { Logger } from '../../logging/logger';
import { maskName } from '../lookup/mask';
import type { IssuedOtp, OtpService } from '../otp/otp-service';
import type { AccountsService, ForcedChangePasswordInput, MustChangePassword } from './accounts-service';
import { createCitizenSessions } from './citizen-sessions';
import type { CitizenSessions } from './citizen-sessions';

export const VISIT_IDLE_MS = 15 * 60_000;

export interface Visit {
  insuranceNumber: string;
  personId: number;
  mustChangePassword: MustChangePassword;
}

interface PendingCardSignIn {
  readonly insuranceNumber: string;
  readonly personId: number;
  readonly phone: string;
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
  readonly idleMs?: number;
}

export function createCitizenVisitService(deps: CitizenVisitDeps): CitizenVisitService {
  const { accounts, otp, persons, logger } = deps;
  const pending = new Map<string, PendingCardSignIn>();
  const sessions: CitizenSessions<Visit> = createCitizenSessions<Visit>({
    clock: deps.clock,
    ttlMs: deps.idleMs ?? VISIT_IDLE_MS,
    onEnd: (_clientId, data, reason) => {
      otp.destroyOtpsFor(data.insuranceNumber);
      logger.info('visit.ended', { reason });
    },
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
    if (s === null) throw new KioskFailure('unauthorized', 'sign in first');
    return s.data;
  };

  const sent = (issued: IssuedOtp): OtpSent => ({ otpSentTo: issued.maskedPhone, expiresAt: issued.expiresAt });

  return {
    async signIn(clientId, input) {
      // A new sign-in on this screen ends whatever visit was there, before the password is even checked.
      sessions.end(clientId);
      dropPending(clientId);
      const r = await accounts.signIn({ insuranceNumber: input.insuranceNumber, password: input.password, deviceId: `kiosk:${clientId}` });
      const person = personOf(input.insuranceNumber);
      return start(clientId, input.insuranceNumber, person.id, person.fullName, r.mustChangePassword);
    },

    signInWithCard(clientId, input) {
      sessions.end(clientId);
      dropPending(clientId);
      const person = persons.findByIdNumber(input.idNumber);
      if (person === undefined || !accounts.exists(person.insuranceNumber)) {
        throw new KioskFailure('not-found', 'no VssID account for this card', { reason: 'no-account' });
      }
      if (person.phone === null || person.phone.trim() === '') {
        throw new KioskFailure('forbidden', 'no registered phone for this account', { reason: 'no-registered-phone' });
      }
      const issued = otp.issueOtp({ purpose: 'card-sign-in', subjectRef: person.insuranceNumber, phone: person.phone });
      pending.set(clientId, { insuranceNumber: person.insuranceNumber, personId: person.id, phone: person.phone });
      return sent(issued);
    },

    verifyOtp(clientId, code) {
      const p = pending.get(clientId);
      if (p === undefined)
        throw new KioskFailure('expired', 'no sign-in is waiting for a code; scan the card again', { reason: 'no-code' });
      otp.verifyOtp({ purpose: 'card-sign-in', subjectRef: p.insuranceNumber, code });
      const person = personOf(p.insuranceNumber);
      return start(clientId, p.insuranceNumber, p.personId, person.fullName, accounts.passwordStatus(p.insuranceNumber));
    },

    resendOtp(clientId) {
      const p = pending.get(clientId);
      if (p === undefined)
        throw new KioskFailure('expired', 'no sign-in is waiting for a code; scan the card again', { reason: 'no-code' });
      return sent(otp.issueOtp({ purpose: 'card-sign-in', subjectRef: p.insuranceNumber, phone: p.phone }));
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

    signOut(clientId) {
      dropPending(clientId);
      sessions.end(clientId);
    },

    accountOf: (clientId) => pending.get(clientId)?.insuranceNumber ?? sessions.get(clientId)?.data.insuranceNumber ?? null,

    recordsAccess(clientId) {
      const visit = session(clientId);
      if (visit.mustChangePassword !== null) {
        throw new KioskFailure('forbidden', 'the password must be changed first', { reason: `must-change-${visit.mustChangePassword}` });
      }
      return visit.personId;
    },

    clientGone(clientId) {
      dropPending(clientId);
      sessions.end(clientId);
    },
    sessionCount: () => sessions.size(),
    hasSession: (clientId) => sessions.entries().some((s) => s.clientId === clientId),
    debugSnapshot: () => ({ sessions: sessions.entries(), pending: [...pending.entries()] }),
    endAll() {
      for (const clientId of [...pending.keys()]) dropPending(clientId);
      sessions.endAll();
    },
  };
}
