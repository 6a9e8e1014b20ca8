/**
 * The HID reader's state carries a code the screen words (issue #16), never only English: a reader that shows just a
 * keyboard collection, one never seen, one unplugged, and a keyboard-wedge station that has nothing to open.
 */
import { describe, expect, it } from 'vitest';
import type { HidBus, HidDeviceInfo } from '../../native/hid/hid-port';
import { DEFAULT_DEVICE_CONFIG, deviceConfigSchema } from '../../native/devices/device-config';
import { createDeviceManager } from '../../native/devices/device-manager';
import { EmulatedHidBus } from '../../native/hid/emulated-hid-bus';

/** A bus that lists fixed collections and opens none of them. */
const listing = (devices: readonly HidDeviceInfo[]): HidBus => ({
  list: () => Promise.resolve(devices),
  open: () => Promise.reject(new Error('not in this test')),
});

const flush = () => new Promise((r) => setImmediate(r));

describe('reader error codes', () => {
  it('a configured reader showing only a keyboard collection is "keyboard-collection" (scan the HID POS code)', async () => {
    const keyboard: HidDeviceInfo = { vendorId: 3118, productId: 2913, path: 'k', usagePage: 0x01, usage: 0x06, product: 'Xenon 1900' };
    const m = createDeviceManager({ bus: listing([keyboard]), config: DEFAULT_DEVICE_CONFIG });
    await m.tick();
    expect(m.state().reader).toMatchObject({
      status: 'error',
      transport: 'hid',
      readerMode: 'keyboard-wedge',
      errorCode: 'keyboard-collection',
      model: 'Xenon 1900',
    });
    await m.close();
  });

  it('no reader at all is "not-found"; an unplugged one stays "disconnected" until it is back', async () => {
    const none = createDeviceManager({ bus: listing([]), config: DEFAULT_DEVICE_CONFIG });
    await none.tick();
    expect(none.state().reader).toMatchObject({ status: 'absent', errorCode: 'not-found' });
    await none.close();

    const bus = new EmulatedHidBus();
    let t = 0;
    const m = createDeviceManager({ bus, config: DEFAULT_DEVICE_CONFIG, now: () => t });
    await m.tick();
    expect(m.state().reader).toMatchObject({ status: 'ready', errorCode: null });
    bus.setReaderConnected(false);
    await flush();
    await m.tick();
    expect(m.state().reader).toMatchObject({ status: 'absent', errorCode: 'disconnected' });
    bus.setReaderConnected(true);
    t += 60_000;
    await m.tick();
    expect(m.state().reader).toMatchObject({ status: 'ready', errorCode: null });
    await m.close();
  });

  it('a keyboard-wedge station is ready with nothing to open', async () => {
    const config = deviceConfigSchema.parse({ ...DEFAULT_DEVICE_CONFIG, reader: { transport: 'keyboard' } });
    const m = createDeviceManager({ bus: listing([]), config });
    await m.tick();
    expect(m.state().reader).toMatchObject({ status: 'ready', transport: 'keyboard', readerMode: 'keyboard-wedge', errorCode: null });
    await m.close();
  });
});
