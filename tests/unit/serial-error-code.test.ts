/**
 * What the device screen says about a serial port that will not open (native/serial/serial-reader.ts). Port busy is
 * also checked for real against a socat pty (tests/contract/serial-reader.test.ts); permission denied cannot be, as
 * the tests run as root here, so these are the messages serialport's Linux binding and libuv produce.
 */
import { describe, expect, it } from 'vitest';
import { modelFromPortName, serialErrorCode } from '../../native/serial/serial-reader';

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

describe('modelFromPortName', () => {
  it('reads the vendor and model from a by-id name; a bare tty has none', () => {
    expect(modelFromPortName('/dev/serial/by-id/usb-Newland_NLS-FR40_S123-if00')).toBe('Newland NLS-FR40 S123');
    expect(modelFromPortName('/dev/serial/by-id/usb-FTDI_FT232R_USB_UART_A10K-if00-port0')).toBe('FTDI FT232R USB UART A10K');
    expect(modelFromPortName('/dev/ttyACM0')).toBeNull();
  });
});
