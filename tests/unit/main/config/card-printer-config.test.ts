import { describe, expect, it } from 'vitest';
import { parseAppConfig } from '../../../../main/config/app-config';

describe('card printer configuration', () => {
  it('is absent by default, read from KIOSK_CARD_PRINTER, and --card-printer wins', () => {
    const none = parseAppConfig([], {});
    expect(none.ok && none.config.cardPrinter).toBeUndefined();
    const env = parseAppConfig([], { KIOSK_CARD_PRINTER: 'Quay_The-1' });
    expect(env.ok && env.config.cardPrinter).toBe('Quay_The-1');
    const flag = parseAppConfig(['--card-printer', 'COUNTER'], { KIOSK_CARD_PRINTER: 'Quay_The-1' });
    expect(flag.ok && flag.config.cardPrinter).toBe('COUNTER');
  });

  it('refuses a queue name lp would read as an option or that holds a path', () => {
    for (const bad of ['-o', 'a/b', 'a b']) {
      const r = parseAppConfig(['--card-printer', bad], {});
      expect(r.ok, bad).toBe(false);
    }
  });

  it('the print wait (seconds a CUPS job may take before it is cancelled): unset by default, KIOSK_PRINT_WAIT_S, --print-wait wins', () => {
    const none = parseAppConfig([], {});
    expect(none.ok && none.config.printWaitSeconds).toBeUndefined();
    const env = parseAppConfig([], { KIOSK_PRINT_WAIT_S: '30' });
    expect(env.ok && env.config.printWaitSeconds).toBe(30);
    const flag = parseAppConfig(['--print-wait', '90'], { KIOSK_PRINT_WAIT_S: '30' });
    expect(flag.ok && flag.config.printWaitSeconds).toBe(90);
    for (const bad of ['0', '-5', 'soon', '301']) expect(parseAppConfig(['--print-wait', bad], {}).ok, bad).toBe(false);
  });
});
