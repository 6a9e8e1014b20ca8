import { KioskFailure } from '../../../preload/contract/result';
import type { PersonRepository, PersonRecords } from '../../db/repositories/ports';
import type { CitizenVisitService } from '../../services/accounts/citizen-visit-service';
import type { DevSmsSink } from '../../services/notifications/dev-sms-sink';
import { scannedCccdNumber } from '../../services/devices/last-card-scan';
import type { ScanMemory } from '../../services/devices/last-card-scan';
import type { StationLimiter } from '../../services/rate-limit/station-limiter';
import { benefitsView, cardView, participationView, profileView, visitsView } from '../../services/records/records-views';
import type { HandlerMap } from '../dispatcher';

type AccountChannels =
  | 'account:signIn'
  | 'account:signInWithCard'
  | 'account:verifyOtp'
  | 'account:requestNewOtp'
  | 'account:forcedChangePassword'
  | 'account:requestPasswordOtp'
  | 'account:changePassword'
  | 'account:signOut'
  | 'records:profile'
  | 'records:card'
  | 'records:participation'
  | 'records:benefits'
  | 'records:visits'
  | 'dev:smsMessages';

export function accountHandlers(deps: {
  readonly visits: CitizenVisitService;
  readonly persons: Pick<PersonRepository, 'getPersonRecords'>;
  readonly clock: () => Date;
  /** Present only when devices are emulated (browser host dev mode). */
  readonly devSms: Pick<DevSmsSink, 'messages'> | null;
  /** What this kiosk's reader scanned: CCCD sign-in never takes an ID number from the screen. */
  readonly scans: ScanMemory;
  /** Per-station and per-account limits on sign-in attempts and OTP sends/checks, on top of the per-account lockout. */
  readonly limiter: StationLimiter;
}): Pick<HandlerMap, AccountChannels> {
  const { visits, persons, clock, limiter } = deps;
  const records = (clientId: string): PersonRecords => {
    const r = persons.getPersonRecords(visits.recordsAccess(clientId));
    if (r === undefined) throw new KioskFailure('not-found', 'no records');
    return r;
  };
  const done = { done: true } as const;
  return {
    'account:signIn': (input, ctx) =>
      limiter.guard('sign-in', () => visits.signIn(ctx.clientId, input), { account: input.insuranceNumber }),
    // The card's account is known only once the card is read: per account, the OTP service's resend limits hold.
    'account:signInWithCard': (_input, ctx) =>
      limiter.guard('otp-send', () => visits.signInWithCard(ctx.clientId, { idNumber: scannedCccdNumber(deps.scans) })),
    'account:verifyOtp': (input, ctx) =>
      limiter.guard('otp-check', () => visits.verifyOtp(ctx.clientId, input.code), { account: visits.accountOf(ctx.clientId) }),
    'account:requestNewOtp': (_input, ctx) => limiter.guard('otp-send', () => visits.resendOtp(ctx.clientId)),
    'account:forcedChangePassword': (input, ctx) =>
      limiter.guard(
        'sign-in',
        async () => {
          await visits.forcedChangePassword(ctx.clientId, input);
          return done;
        },
        { account: visits.accountOf(ctx.clientId) },
      ),
    'account:requestPasswordOtp': (_input, ctx) => limiter.guard('otp-send', () => visits.requestPasswordOtp(ctx.clientId)),
    'account:changePassword': (input, ctx) =>
      limiter.guard(
        'otp-check',
        async () => {
          await visits.changePassword(ctx.clientId, input);
          return done;
        },
        { account: visits.accountOf(ctx.clientId) },
      ),
    'account:signOut': (_input, ctx) => {
      visits.signOut(ctx.clientId);
      return done;
    },
    'records:profile': (_input, ctx) => profileView(records(ctx.clientId)),
    'records:card': (_input, ctx) => cardView(records(ctx.clientId), clock()),
    'records:participation': (input, ctx) => participationView(records(ctx.clientId), { scheme: input.scheme, year: input.year }, clock()),
    'records:benefits': (_input, ctx) => benefitsView(records(ctx.clientId)),
    'records:visits': (input, ctx) => visitsView(records(ctx.clientId), input.year),
    'dev:smsMessages': () => {
      if (deps.devSms === null) throw new KioskFailure('forbidden', 'developer channels need --expose-dev-channels and emulated devices');
      return deps.devSms.messages().map((m) => ({ seq: m.seq, to: m.to, body: m.body }));
    },
  };
}
