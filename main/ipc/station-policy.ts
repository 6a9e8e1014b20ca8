/**
 * Which channels a station serves. The role comes from the host's `--station`, never from the client: before, the
 * officer console was whatever page was opened with `?mode=counter`, and every host served the officer channels.
 * - a kiosk serves everything but the officer's channels;
 * - a counter serves its officer's console: everything but a citizen's own visit (signing in to VssID, records, the
 *   kiosk's Form 01 check and self-registration, the citizen's card print, lookups), since nobody can walk up to a
 *   counter PC and use it as a kiosk (its officer is bound to its counter number at sign-in);
 * - a display serves only public information (no citizen, officer, device or maintenance calls).
 * Refusals are `forbidden` with reason `wrong-station`.
 */
import type { InvokeName } from '../../preload/contract/channels';
import { KioskFailure } from '../../preload/contract/result';
import type { StationRole } from '../config/app-config';

/** The officer's channels: only a counter station serves them. */
export const isOfficerChannel = (channel: InvokeName): boolean =>
  channel.startsWith('officer:') || channel === 'card:officerHolder' || channel === 'card:officerPrint';

/** A citizen's own visit at a kiosk: a counter station refuses these (its console never calls them). */
export const isCitizenChannel = (channel: InvokeName): boolean =>
  channel.startsWith('account:') ||
  channel.startsWith('records:') ||
  (channel.startsWith('registration:') && channel !== 'registration:wards') ||
  channel === 'card:preview' ||
  channel === 'card:print' ||
  channel === 'lookup:insuranceNumber' ||
  channel === 'lookup:scannedCard' ||
  // The kiosk's "Lấy số thứ tự": a counter PC is not where tickets are taken.
  channel === 'queue:takeTicket';

/** What a display (call board, information screen) may ask: nothing about a person, nothing that acts. */
export const DISPLAY_CHANNELS: ReadonlySet<InvokeName> = new Set<InvokeName>([
  'system:info',
  'system:ping',
  'system:reportScreen',
  'system:reportError',
  'system:endVisit',
  'settings:get',
  'devices:status',
  'lookup:provinces',
  'offices:search',
  'offices:detail',
  'facilities:search',
  'employers:search',
  'collectionPoints:search',
  'support:faq',
  'news:list',
  // The call board: ticket labels, counters and counts only (preload/contract/channels/board.ts).
  'board:view',
]);

/**
 * Channels that act on the card the station's reader read last: only the screen holding the reader may call them
 * (main/services/devices/reader-hold.ts). Everything else of a citizen's visit is bound to the calling client already.
 */
export const READER_CHANNELS: ReadonlySet<InvokeName> = new Set<InvokeName>([
  'lookup:scannedCard',
  'account:signInWithCard',
  'registration:check',
  'registration:selfPrefill',
  'registration:startSelf',
]);

export function stationAllows(role: StationRole, channel: InvokeName): boolean {
  switch (role) {
    case 'kiosk':
      return !isOfficerChannel(channel);
    case 'counter':
      return !isCitizenChannel(channel);
    case 'display':
      return DISPLAY_CHANNELS.has(channel);
    default: {
      const never: never = role;
      throw new Error(`unknown station role ${String(never)}`);
    }
  }
}

/** Throws `forbidden` (`wrong-station`) when this station does not serve the channel. */
export function requireStationServes(role: StationRole, channel: InvokeName): void {
  if (!stationAllows(role, channel)) {
    throw new KioskFailure('forbidden', `a ${role} station does not serve ${channel}`, { reason: 'wrong-station', station: role });
  }
}
