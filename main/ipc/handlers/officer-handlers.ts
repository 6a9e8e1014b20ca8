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
  | 'officer:releaseTicket';

export function officerHandlers(officerConsole: OfficerConsole): Pick<HandlerMap, OfficerChannels> {
  return {
    'officer:signIn': (input, ctx) => officerConsole.signIn(ctx.clientId, input),
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
    'officer:officers': (_input, ctx) => ({ officers: officerConsole.officerAccounts(ctx.clientId) }),
    'officer:unlockOfficer': (input, ctx) => officerConsole.unlockOfficer(ctx.clientId, input.officerId),
    'officer:releaseTicket': (input, ctx) => ({ entry: officerConsole.releaseTicket(ctx.clientId, input.ticketId) }),
  };
}
