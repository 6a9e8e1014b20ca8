import { describe, expect, it } from 'vitest';
import { detectReaderMode, detectReaderModeFromCollections } from '../../../../native/reader/reader-mode';

describe('detectReaderMode', () => {
  it('recognises the HID POS barcode-scanner collection', () => {
    expect(detectReaderMode({ usagePage: 0x8c, usage: 0x02 }).mode).toBe('hid-pos');
  });

  it('recognises keyboard-wedge mode and explains how to switch, in Vietnamese', () => {
    const info = detectReaderMode({ usagePage: 0x01, usage: 0x06 });
    expect(info.mode).toBe('keyboard-wedge');
    expect(info.explanation).toMatch(/^Máy đọc đang ở chế độ bàn phím/);
    expect(info.explanation).toContain('HID POS');
    expect(info.explanation).toBe(info.explanation.normalize('NFC'));
  });

  it('calls other collections, and missing usage data, unknown', () => {
    expect(detectReaderMode({ usagePage: 0x8c, usage: 0x03 })).toMatchObject({ mode: 'unknown' });
    expect(detectReaderMode({ usagePage: 0xff00, usage: 0x01 }).explanation).toContain('0xFF00');
    expect(detectReaderMode({ usagePage: 0x8c }).mode).toBe('unknown');
  });

  it('prefers a HID POS collection on composite devices', () => {
    expect(
      detectReaderModeFromCollections([
        { usagePage: 0x01, usage: 0x06 },
        { usagePage: 0x8c, usage: 0x02 },
      ]).mode,
    ).toBe('hid-pos');
    expect(
      detectReaderModeFromCollections([
        { usagePage: 0x0c, usage: 0x01 },
        { usagePage: 0x01, usage: 0x06 },
      ]).mode,
    ).toBe('keyboard-wedge');
    expect(detectReaderModeFromCollections([]).mode).toBe('unknown');
  });
});
