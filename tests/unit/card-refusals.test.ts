/**
 * The host has one "last scanned CCCD" check (main/services/devices/last-card-scan.ts) behind sign-in, lookup, the
 * Form 01 check and self-registration. Its two refusals must reach every screen as that screen's own sentence, in
 * Vietnamese and English, never as the generic text for the error code.
 */
import { describe, expect, it } from 'vitest';
import { fail } from '../../preload/contract/result';
import type { KioskError } from '../../preload/contract/result';
import type { ParsedCode } from '../../main/domain/codes/code-types';
import { CARD_SCAN_TTL_MS, scannedCccd } from '../../main/services/devices/last-card-scan';
import { failureOf } from '../support/service-test-kit';
import { errorKey, translator } from '../../renderer/i18n/i18n';
import type { Locale, Translate } from '../../renderer/i18n/i18n';
import { accountErrorText } from '../../renderer/screens/account/account-error';
import { lookupErrorKey } from '../../renderer/i18n/lookup-error';
import { registrationErrorKey } from '../../renderer/screens/registration/registration-error';

/** What the dispatcher sends the screen when the check throws. */
async function refusal(only: ParsedCode['kind'] | null): Promise<KioskError> {
  const e = await failureOf(() => scannedCccd({ lastScan: (kind) => (kind === only ? ({ kind: 'bhyt' } as never) : null) }));
  const r = e.detail === undefined ? fail(e.code, e.message) : fail(e.code, e.message, e.detail);
  if (r.ok) throw new Error('unreachable');
  return r.error;
}

const SCREENS: Readonly<Record<string, (t: Translate, e: KioskError) => string>> = {
  registration: (t, e) => t(registrationErrorKey(e)),
  lookup: (t, e) => t(lookupErrorKey(e)),
  account: (t, e) => accountErrorText(t, e, 'card'),
};

const MINUTES = { vi: `${CARD_SCAN_TTL_MS / 60_000} phút`, en: `${CARD_SCAN_TTL_MS / 60_000} minutes` } as const;
const BHYT = { vi: 'BHYT', en: 'BHYT' } as const;

describe.each(['vi', 'en'] as const satisfies readonly Locale[])('card refusals in %s', (locale) => {
  const t = translator(locale);

  it.each(Object.keys(SCREENS))('%s: "no recent scan" names the time limit, "BHYT card" names the card', async (screen) => {
    const text = SCREENS[screen];
    if (text === undefined) throw new Error(screen);
    const none = await refusal(null);
    const bhyt = await refusal('bhyt');
    expect([none.code, none.detail?.reason]).toEqual(['expired', 'no-card-scan']);
    expect([bhyt.code, bhyt.detail?.reason]).toEqual(['unsupported-code', 'wrong-card-type']);

    const noneText = text(t, none);
    const bhytText = text(t, bhyt);
    expect(noneText).toContain(MINUTES[locale]);
    expect(bhytText).toContain(BHYT[locale]);
    expect(noneText).not.toBe(bhytText);
    expect(noneText).not.toBe(t(errorKey(none.code)));
    expect(bhytText).not.toBe(t(errorKey(bhyt.code)));
  });
});

describe('the registration screens keep their other messages', () => {
  const t = translator('vi');
  it('an expired form and an unknown code are not mistaken for card refusals', () => {
    expect(t(registrationErrorKey({ code: 'expired', message: 'the registration has expired' }))).toContain('hết hạn');
    expect(registrationErrorKey({ code: 'not-found', message: 'x' })).toBe('reg.error.unknown');
    expect(registrationErrorKey({ code: 'expired', message: 'x', detail: { reason: 'no-code' } })).toBe('reg.error.otpExpired');
  });
});
