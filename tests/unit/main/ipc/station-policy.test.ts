import { describe, expect, it } from 'vitest';
import { invokeChannels, isInvokeName } from '../../../../preload/contract/channels';
import type { InvokeName } from '../../../../preload/contract/channels';
import { DISPLAY_CHANNELS, READER_CHANNELS, isCitizenChannel, isOfficerChannel, stationAllows } from '../../../../main/ipc/station-policy';

const ALL = Object.keys(invokeChannels).filter(isInvokeName);

describe('station policy', () => {
  it("a kiosk serves every channel but the officer ones; a counter every channel but a citizen's own visit", () => {
    for (const c of ALL) {
      expect(stationAllows('kiosk', c), c).toBe(!isOfficerChannel(c));
      expect(stationAllows('counter', c), c).toBe(!isCitizenChannel(c));
      expect(isCitizenChannel(c) && isOfficerChannel(c), c).toBe(false);
    }
    // Before, a counter served all of them: its PC could be used as a kiosk (a VssID sign-in, a citizen's records).
    expect(ALL.filter(isCitizenChannel)).toEqual(
      expect.arrayContaining<InvokeName>([
        'account:signIn',
        'records:profile',
        'registration:check',
        'card:print',
        'lookup:insuranceNumber',
      ]),
    );
    expect(ALL.filter(isOfficerChannel)).toEqual(
      expect.arrayContaining<InvokeName>(['officer:signIn', 'officer:approve', 'card:officerPrint']),
    );
  });

  it('a display serves public information only: no account, lookup, registration, officer, device or maintenance call', () => {
    for (const c of ALL) expect(stationAllows('display', c), c).toBe(DISPLAY_CHANNELS.has(c));
    // board:view: the lobby call board, numbers and counters only (tests/contract/call-board.test.ts).
    for (const c of DISPLAY_CHANNELS)
      expect(c).toMatch(
        /^(system|settings|devices:status|lookup:provinces|offices|facilities|employers|collectionPoints|support:faq|news|board:view$)/,
      );
  });

  it('every channel that reads the reader scan is bound to the holding screen', () => {
    for (const c of READER_CHANNELS) expect(isInvokeName(c), c).toBe(true);
    expect([...READER_CHANNELS]).toEqual(
      expect.arrayContaining<InvokeName>([
        'registration:selfPrefill',
        'account:signInWithCard',
        'lookup:scannedCard',
        'registration:check',
      ]),
    );
  });
});
