import { KioskFailure } from '../../../preload/contract/result';
import type { PersonRepository, PersonRecords } from '../../db/repositories/ports';
import type { CitizenVisitService } from '../../services/accounts/citizen-visit-service';
import type { DevSmsSink } from '../../services/notifications/dev-sms-sink';
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
}): Pick<HandlerMap, AccountChannels> {
  const { visits, persons, clock } = deps;
  const records = (clientId: string): PersonRecords => {
    const r = persons.getPersonRecords(visits.recordsAccess(clientId));
    if (r === undefined) throw new KioskFailure('not-found', 'no records');
    return r;
  };
  const done = { done: true } as const;
  return {
    'account:signIn': (input, ctx) => visits.signIn(ctx.clientId, input),
    'account:signInWithCard': (input, ctx) => visits.signInWithCard(ctx.clientId, input),
    'account:verifyOtp': (input, ctx) => visits.verifyOtp(ctx.clientId, input.code),
    'account:requestNewOtp': (_input, ctx) => visits.resendOtp(ctx.clientId),
    'account:forcedChangePassword': async (input, ctx) => {
      await visits.forcedChangePassword(ctx.clientId, input);
      return done;
    },
    'account:requestPasswordOtp': (_input, ctx) => visits.requestPasswordOtp(ctx.clientId),
    'account:changePassword': async (input, ctx) => {
      await visits.changePassword(ctx.clientId, input);
      return done;
    },
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
      if (deps.devSms === null) throw new KioskFailure('forbidden', 'developer channels are only available with emulated devices');
      return deps.devSms.messages().map((m) => ({ seq: m.seq, to: m.to, body: m.body }));
    },
  };
}
