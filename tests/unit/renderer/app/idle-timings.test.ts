import { describe, expect, it } from 'vitest';
import { IDLE_DEFAULTS } from '../../../../renderer/lib/idle-defaults';
import { idleKindFor, idleTimings } from '../../../../renderer/app/idle-timings';

describe('idleKindFor', () => {
  it('never times out an empty home screen, but does once a scan is shown there', () => {
    expect(idleKindFor('home', false)).toBe('home');
    expect(idleKindFor('home', true)).toBe('lookup');
  });

  it('gives records, forms and anything new its own period', () => {
    expect(idleKindFor('card', false)).toBe('records');
    expect(idleKindFor('signIn', false)).toBe('forms');
    expect(idleKindFor('registrationForm', false)).toBe('forms');
    expect(idleKindFor('regSelf', false)).toBe('forms');
    expect(idleKindFor('offices', false)).toBe('lookup');
    expect(idleKindFor('someFutureScreen', false)).toBe('lookup');
  });
});

describe('idleTimings', () => {
  it('falls back to the defaults', () => {
    expect(idleTimings({})).toEqual(IDLE_DEFAULTS);
  });

  it('uses the kiosk settings, and the command-line override over them', () => {
    const settings = { lookupSeconds: 60, recordsSeconds: 100, formsSeconds: 300, warningSeconds: 10 };
    expect(idleTimings({ settings })).toEqual({
      home: IDLE_DEFAULTS.home,
      lookup: { timeoutMs: 60_000, warningMs: 10_000 },
      records: { timeoutMs: 100_000, warningMs: 10_000 },
      forms: { timeoutMs: 300_000, warningMs: 10_000 },
    });
    const t = idleTimings({ settings, override: { lookup: 45, records: 45, forms: 45 } });
    expect(t.lookup).toEqual({ timeoutMs: 45_000, warningMs: 10_000 });
    expect(t.forms.timeoutMs).toBe(45_000);
  });
});
