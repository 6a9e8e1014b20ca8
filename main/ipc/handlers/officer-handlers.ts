import { KioskFailure } from '../../../preload/contract/result';
import type { OfficerConsole } from '../../services/officers/officer-console';
import type { HandlerMap } from '../dispatcher';

type OfficerChannels =
  | 'officer:signIn'
  | 'officer:session'
  | 'officer:signOut'
  | 'officer:queue'
  | 'officer:callNext'
  | 'officer:registration'
  | 'officer:scanForm'
  | 'officer:approve'
  | 'officer:reject'
  | 'officer:previewNotices'
  | 'officer:officers'
  | 'officer:unlockOfficer'
  | 'officer:releaseTicket'
  | 'officer:finishTicket'
  | 'officer:counterServices'
  | 'officer:setCounterServices'
  | 'officer:dayReport'
  | 'officer:recall';

/**
 * The counter an officer signs in at. A counter station's is its own number (`--station counter:N`): the client may
 * repeat it but not choose another, checked before the password so a refusal has no side effects. Without a station
 * counter (unit tests of the console) the client's counter is used.
 */
export function signInCounter(stationCounter: number | null, asked: string | undefined): string {
  if (stationCounter === null) {
    if (asked === undefined) throw new KioskFailure('invalid-input', 'a counter is needed', { path: 'counter', issue: 'missing' });
    return asked;
  }
  const own = String(stationCounter);
  if (asked !== undefined && asked.normalize('NFC').trim() !== own) {
    throw new KioskFailure('forbidden', 'this counter station serves its own counter only', { reason: 'wrong-counter', counter: own });
  }
  return own;
}

export function officerHandlers(
  officerConsole: OfficerConsole,
  station: { readonly counter: number | null } = { counter: null },
): Pick<HandlerMap, OfficerChannels> {
  return {
    'officer:signIn': (input, ctx) =>
      officerConsole.signIn(ctx.clientId, {
        username: input.username,
        password: input.password,
        counter: signInCounter(station.counter, input.counter),
      }),
    'officer:session': (_input, ctx) => officerConsole.session(ctx.clientId),
    'officer:signOut': (_input, ctx) => {
      officerConsole.signOut(ctx.clientId);
      return { done: true };
    },
    'officer:queue': (input, ctx) => ({ entries: officerConsole.queue(ctx.clientId, input.poll) }),
    'officer:callNext': (_input, ctx) => ({ entry: officerConsole.callNext(ctx.clientId) }),
    'officer:registration': (input, ctx) => officerConsole.registration(ctx.clientId, input.registrationId, input.card),
    'officer:scanForm': (_input, ctx) => officerConsole.scanForm(ctx.clientId),
    'officer:approve': (input, ctx) =>
      officerConsole.approve(ctx.clientId, {
        registrationId: input.registrationId,
        requestKey: input.requestKey,
        ...(input.override === undefined ? {} : { override: input.override }),
      }),
    'officer:reject': (input, ctx) =>
      officerConsole.reject(ctx.clientId, {
        registrationId: input.registrationId,
        reasonCode: input.reasonCode,
        requestKey: input.requestKey,
        ...(input.note === undefined ? {} : { note: input.note }),
      }),
    'officer:previewNotices': (input, ctx) => officerConsole.previewNotices(ctx.clientId, input),
    'officer:officers': async (_input, ctx) => ({ officers: await officerConsole.officerAccounts(ctx.clientId) }),
    'officer:unlockOfficer': (input, ctx) => officerConsole.unlockOfficer(ctx.clientId, input.officerId),
    'officer:releaseTicket': (input, ctx) => ({ entry: officerConsole.releaseTicket(ctx.clientId, input.ticketId) }),
    'officer:finishTicket': (input, ctx) => officerConsole.finishTicket(ctx.clientId, input.ticketId),
    'officer:counterServices': (_input, ctx) => ({ counters: officerConsole.counterServices(ctx.clientId) }),
    'officer:setCounterServices': (input, ctx) => officerConsole.setCounterServices(ctx.clientId, input.counter, input.services),
    'officer:dayReport': (input, ctx) => officerConsole.dayReport(ctx.clientId, input.day),
    'officer:recall': (_input, ctx) => ({ entry: officerConsole.recall(ctx.clientId) }),
  };
}
