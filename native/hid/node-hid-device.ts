/**
 * The ONLY file that imports node-hid (lint enforces it): HidBus over HIDAsync. node-hid has no
 * plug events, so the device manager polls list(); a read error on an open device (unplug) is
 * forwarded through onError and the manager treats it as a disconnect.
 */
import HID from 'node-hid';
import type { HidBus, HidDevice, HidDeviceInfo } from './hid-port';

function wrap(device: HID.HIDAsync): HidDevice {
  return {
    onData(cb) {
      const l = (data: Buffer) => cb(new Uint8Array(data.buffer, data.byteOffset, data.byteLength));
      device.on('data', l);
      return () => void device.off('data', l);
    },
    onError(cb) {
      const l = (e: unknown) => cb(e instanceof Error ? e : new Error(String(e)));
      device.on('error', l);
      return () => void device.off('error', l);
    },
    async write(report) {
      await device.write(Buffer.from(report));
    },
    async close() {
      await device.close();
    },
  };
}

export function createNodeHidBus(): HidBus {
  return {
    async list(): Promise<readonly HidDeviceInfo[]> {
      const devices = await HID.devicesAsync();
      return devices
        .filter((d): d is typeof d & { path: string } => typeof d.path === 'string')
        .map((d) => ({
          vendorId: d.vendorId,
          productId: d.productId,
          path: d.path,
          usagePage: d.usagePage,
          usage: d.usage,
          product: d.product,
          manufacturer: d.manufacturer,
        }));
    },
    async open(info) {
      return wrap(await HID.HIDAsync.open(info.path));
    },
  };
}
