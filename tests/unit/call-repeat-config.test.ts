/** `--call-repeat-after` / KIOSK_CALL_REPEAT_S: when the call board says a call again (docs/call-board.md). */
import { describe, expect, it } from 'vitest';
import { parseAppConfig } from '../../main/config/app-config';

const repeatOf = (argv: string[], env: NodeJS.ProcessEnv = {}) => {
  const r = parseAppConfig(['--data-dir', '/tmp/x', ...argv], env);
  return r.ok ? r.config.callRepeatSeconds : r.problems;
};

describe('--call-repeat-after', () => {
  it('is 45 s unless set, by flag (which wins) or environment; 0 turns the repeat off', () => {
    expect(repeatOf([])).toBe(45);
    expect(repeatOf([], { KIOSK_CALL_REPEAT_S: '30' })).toBe(30);
    expect(repeatOf(['--call-repeat-after', '20'], { KIOSK_CALL_REPEAT_S: '30' })).toBe(20);
    expect(repeatOf(['--call-repeat-after=0'])).toBe(0);
  });

  it('refuses what is not a number of seconds up to 10 minutes, saying which option', () => {
    expect(repeatOf(['--call-repeat-after', 'soon'])).toEqual([expect.stringContaining('callRepeatSeconds')]);
    expect(repeatOf(['--call-repeat-after', '601'])).toEqual([expect.stringContaining('callRepeatSeconds')]);
    expect(repeatOf(['--call-repeat-after', '-1'])).toEqual([expect.stringContaining('callRepeatSeconds')]);
  });
});
