import { describe, expect, it } from 'vitest';
import { pickKioskArgs } from './electron-args';

describe('pickKioskArgs', () => {
  it('keeps our flags and their values, drops the executable, app path and Chromium switches', () => {
    const argv = [
      '/opt/kiosk/kiosk',
      '.',
      '--remote-debugging-port=0',
      '--devices',
      'none',
      '--inspect=0',
      '--data-dir=/tmp/k',
      '--no-sandbox',
      '--log-level',
      'debug',
    ];
    expect(pickKioskArgs(argv)).toEqual(['--devices', 'none', '--data-dir=/tmp/k', '--log-level', 'debug']);
  });

  it('keeps a trailing flag without value so that the config parser reports it', () => {
    expect(pickKioskArgs(['exe', '--port'])).toEqual(['--port']);
  });
});
