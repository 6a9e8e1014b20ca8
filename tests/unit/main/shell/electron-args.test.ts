import { describe, expect, it } from 'vitest';
import { pickKioskArgs } from '../../../../main/shell/electron-args';

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

  it('keeps the printer queues (the counter PC runs the Electron shell)', () => {
    const argv = ['exe', '--card-printer', 'QUAY_THE', '--document-printer=VAN_PHONG_A4', '--no-sandbox'];
    expect(pickKioskArgs(argv)).toEqual(['--card-printer', 'QUAY_THE', '--document-printer=VAN_PHONG_A4']);
  });

  it('keeps a trailing flag without value so that the config parser reports it', () => {
    expect(pickKioskArgs(['exe', '--port'])).toEqual(['--port']);
  });
});
