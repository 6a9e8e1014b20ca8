/** English strings of the reader modes on the device screen and of wedge/serial scan errors (spread into en.ts). */
import type { readersVi } from './readers-vi';

export const readersEn: Readonly<Record<keyof typeof readersVi, string>> = {
  'devices.readerMode': 'Reader mode',
  'devices.readerMode.hid': 'HID POS (USB)',
  'devices.readerMode.serial': 'Virtual COM port (USB serial) — {port}',
  'devices.readerMode.serialNoPort': 'Virtual COM port (USB serial) — no port found',
  'devices.readerMode.keyboard': 'Keyboard (keyboard wedge)',
  'devices.readerMode.notFound': 'No reader found',
  'devices.readerMode.keyboardCollection': 'Keyboard (the reader emulates a keyboard, not HID POS)',
  'devices.readerMode.unknown': 'Unknown',
  'devices.readerError.not-found': 'No reader found.',
  'devices.readerError.not-found.fix':
    'Check the reader’s USB cable and power. For a virtual COM port: check the port name in devices.json (folder /dev/serial/by-id/), or leave out "path" to let the kiosk find it.',
  'devices.readerError.disconnected': 'The reader was just disconnected (cable pulled or port closed).',
  'devices.readerError.disconnected.fix':
    'Plug the USB cable back in. The kiosk reconnects by itself when the reader is back; no restart needed.',
  'devices.readerError.open-failed': 'The reader could not be opened.',
  'devices.readerError.open-failed.fix': 'Unplug and replug the reader; if it still fails, check the baud rate (baudRate) in devices.json.',
  'devices.readerError.permission-denied': 'The kiosk may not open the reader’s COM port.',
  'devices.readerError.permission-denied.fix':
    'Add the kiosk’s user account to the "dialout" group (sudo usermod -aG dialout USER_NAME), then sign out and in again.',
  'devices.readerError.port-busy': 'Another program is using the reader’s COM port.',
  'devices.readerError.port-busy.fix':
    'Close the program holding the port (hospital software, ModemManager, a COM port tester) and wait a few seconds.',
  'devices.readerError.keyboard-collection': 'The reader is in keyboard mode; the kiosk receives no scans.',
  'devices.readerError.keyboard-collection.fix':
    'Scan the "USB HID POS" or "USB CDC / Virtual COM" configuration code from the reader’s manual; or set "transport": "keyboard" in devices.json.',
  'devices.readerError.unknown-collection': 'The device plugged in is not a reader in HID POS mode.',
  'devices.readerError.unknown-collection.fix': 'Scan the "USB HID POS" configuration code from the reader’s manual, or check the device.',
  'devices.readerError.ime-damage': 'A Vietnamese input method is damaging scans (names with diacritics are changed).',
  'devices.readerError.ime-damage.fix':
    'Turn off Unikey / EVKey / the OS Vietnamese input method for the kiosk account, or switch the reader to HID POS or virtual COM port mode (docs/readers.md).',
  'devices.readerError.no-terminator': 'The reader sends codes without the configured terminator.',
  'devices.readerError.no-terminator.fix':
    'Set "terminator" in devices.json to the reader’s suffix (cr, lf, crlf), or "idle" if the reader sends no suffix.',
  'devices.readerError.fixLabel': 'How to fix:',
  'scan.error.reader-ime-damaged':
    'The card could not be read correctly: the keyboard input method on this machine changed the scanned data. Please ask a staff member for help.',
  'scan.error.reader-no-terminator': 'The code could not be read: the reader sent incomplete data. Please scan again.',
};
