import { describe, expect, it } from 'vitest';
import { KioskFailure } from '../../../../../preload/contract/result';
import { createReaderHold } from '../../../../../main/services/devices/reader-hold';

describe('reader hold', () => {
  it('belongs to the first client; later ones are viewers until it is gone, and it is never handed on by itself', () => {
    const hold = createReaderHold();
    hold.connected('kiosk');
    hold.connected('viewer');
    expect(hold.holder()).toBe('kiosk');
    expect(hold.claim('viewer')).toBe(false);
    expect(() => hold.requireHolder('viewer')).toThrow(KioskFailure);
    expect(hold.gone('viewer')).toBe(false);
    expect(hold.holds('kiosk')).toBe(true);
    expect(hold.gone('kiosk')).toBe(true);
    // The viewer still connected does not become the holder until it claims.
    expect(hold.holder()).toBeNull();
    expect(hold.claim('viewer')).toBe(true);
    expect(() => hold.requireHolder('viewer')).not.toThrow();
  });

  it('refuses a viewer with forbidden reader-held-elsewhere', () => {
    const hold = createReaderHold();
    hold.connected('a');
    try {
      hold.requireHolder('b');
      expect.unreachable();
    } catch (e) {
      expect(e).toMatchObject({ code: 'forbidden', detail: { reason: 'reader-held-elsewhere' } });
    }
  });
});
