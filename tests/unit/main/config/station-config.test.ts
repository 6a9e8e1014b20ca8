import { describe, expect, it } from 'vitest';
import { parseAppConfig, parseStation } from '../../../../main/config/app-config';

describe('station configuration', () => {
  it('is a kiosk by default', () => {
    const r = parseAppConfig([], {});
    expect(r.ok && r.config.station).toEqual({ id: 'kiosk', role: 'kiosk' });
    expect(r.ok && r.config.stationId).toBe('kiosk');
  });

  it('is read from KIOSK_STATION, and --station wins', () => {
    const env = parseAppConfig([], { KIOSK_STATION: 'display' });
    expect(env.ok && env.config.station).toEqual({ id: 'display', role: 'display' });
    const flag = parseAppConfig(['--station', 'counter:3'], { KIOSK_STATION: 'display' });
    expect(flag.ok && flag.config.station).toEqual({ id: 'counter:3', role: 'counter', counter: 3 });
    const inline = parseAppConfig(['--station=kiosk:2'], {});
    expect(inline.ok && inline.config.stationId).toBe('kiosk:2');
  });

  it('normalises the text into the id', () => {
    expect(parseStation(' Counter:07 ')).toEqual({ ok: true, station: { id: 'counter:7', role: 'counter', counter: 7 } });
  });

  it('refuses a counter without its number, an unknown role and numbers out of range', () => {
    for (const bad of ['counter', 'counter:0', 'counter:100', 'officer', 'kiosk:', 'counter:1:2', 'counter:-1', '']) {
      const r = parseAppConfig(['--station', bad], {});
      expect(r.ok, bad).toBe(false);
      if (!r.ok) expect(r.problems.join(' '), bad).toMatch(/^station: /);
    }
  });
});
