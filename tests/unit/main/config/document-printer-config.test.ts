import { describe, expect, it } from 'vitest';
import { parseAppConfig } from '../../../../main/config/app-config';

describe('document printer configuration', () => {
  it('is absent by default, read from KIOSK_DOCUMENT_PRINTER, and --document-printer wins', () => {
    const none = parseAppConfig([], {});
    expect(none.ok && none.config.documentPrinter).toBeUndefined();
    const empty = parseAppConfig([], { KIOSK_DOCUMENT_PRINTER: '' });
    expect(empty.ok && empty.config.documentPrinter).toBeUndefined();
    const env = parseAppConfig([], { KIOSK_DOCUMENT_PRINTER: 'Van_Phong-A4' });
    expect(env.ok && env.config.documentPrinter).toBe('Van_Phong-A4');
    const flag = parseAppConfig(['--document-printer=A4_QUAY'], { KIOSK_DOCUMENT_PRINTER: 'Van_Phong-A4' });
    expect(flag.ok && flag.config.documentPrinter).toBe('A4_QUAY');
  });

  it('is separate from the card printer', () => {
    const r = parseAppConfig(['--card-printer', 'CARDS', '--document-printer', 'A4'], {});
    expect(r.ok && [r.config.cardPrinter, r.config.documentPrinter]).toEqual(['CARDS', 'A4']);
  });

  it('refuses a queue name lp would read as an option or that holds a path', () => {
    for (const bad of ['-o', 'a/b', 'a b', '../x']) {
      const r = parseAppConfig(['--document-printer', bad], {});
      expect(r.ok, bad).toBe(false);
      expect(!r.ok && r.problems.join(' ')).toContain('documentPrinter');
    }
  });
});
