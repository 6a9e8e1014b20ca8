/**
 * What the device screen says about a serial port that will not open (native/serial/serial-reader.ts). Port busy is
 * also checked for real against a socat pty (tests/contract/serial-reader.test.ts); permission denied cannot be, as
 * the tests run as root here, so these are the messages serialport's Linux binding and libuv produce.
 */
import { describe, expect, it } from 'vitest';
import { serialErrorCode } from '../../native/serial/serial-reader';

const err = (message: string, code?: string): Error => Object.assign(new Error(message), code ? { code } : {});

describe('serialErrorCode', () => {
  it.each([
    [err('Error: Permission denied, cannot open /dev/ttyACM0'), 'permission-denied'],
    [err('EACCES: permission denied', 'EACCES'), 'permission-denied'],
    [err('Error Resource temporarily unavailable Cannot lock port'), 'port-busy'],
    [err('Error: Device or resource busy, cannot open /dev/ttyUSB0', 'EBUSY'), 'port-busy'],
    [err('Error: No such file or directory, cannot open /dev/ttyACM9'), 'not-found'],
    [err('Error: Inappropriate ioctl for device setting custom baud rate of 12345'), 'open-failed'],
  ] as const)('%s → %s', (e, code) => {
    expect(serialErrorCode(e)).toBe(code);
  });
});
