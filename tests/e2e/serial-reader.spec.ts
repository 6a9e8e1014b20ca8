/**
 * A USB virtual serial reader (issue #16) with emulated devices: devices.json says `transport: "serial"`, the device
 * process reads a socat pty pair with the real serialport code, and POST /emulator/reader/scan writes the scanner's
 * bytes to the other end. A CCCD reaches the kiosk's screen; unplug (socat stopped) shows "disconnected" in
 * Vietnamese words, replug recovers without a restart.
 */
import { expect, test } from './fixtures/host';
import { openMaintenance } from './fixtures/maintenance';
import { snapBoth, startHostWithReader } from './fixtures/readers';
import { expectAccessible } from './fixtures/screens';
import type { KioskHost } from './fixtures/host';
import type { APIRequestContext } from '@playwright/test';

test.use({ hostKey: 'serial-reader' });

const CCCD = '079085004321||Trần Văn Đức|02111985|Nam|123/4 Lê Văn Sỹ, Phường 13, Quận 3, TP. Hồ Chí Minh|10082022';

let host: KioskHost & { readonly remove: () => void };
test.beforeAll(async () => {
  host = await startHostWithReader({ transport: 'serial', terminator: 'crlf' });
});
test.afterAll(async () => {
  await host.stop();
  host.remove();
});

const auth = () => ({ authorization: `Bearer ${host.token}` });
async function scan(request: APIRequestContext, payload: string): Promise<void> {
  const r = await request.post(`${host.baseUrl}/emulator/reader/scan`, {
    headers: { ...auth(), 'content-type': 'text/plain; charset=utf-8' },
    data: payload,
  });
  expect(r.status(), await r.text()).toBe(200);
}
async function plug(request: APIRequestContext, connected: boolean): Promise<void> {
  const r = await request.post(`${host.baseUrl}/emulator/reader/state`, { headers: auth(), data: { connected } });
  expect(r.status(), await r.text()).toBe(200);
}

test('a CCCD scanned on an emulated serial reader reaches the kiosk; unplug and replug recover by themselves', async ({
  page,
  request,
}) => {
  await page.goto(host.launchUrl);
  await expect(page.locator('html[data-ready="true"]')).toBeAttached();
  await expect(page.getByTestId('reader-notice')).toHaveCount(0);
  await scan(request, CCCD);
  await expect(page.getByTestId('scan-name')).toHaveText('Trần Văn Đức');
  await expect(page.getByTestId('scan-number')).toHaveText('079085004321');

  await openMaintenance(page);
  await expect(page.getByTestId('reader-state')).toHaveText('Sẵn sàng');
  await expect(page.getByTestId('reader-mode')).toHaveText(/^Cổng COM ảo \(USB serial\) — \/.+\/kiosk-end$/);
  await snapBoth(page, 'serial-reader-ready');

  await plug(request, false);
  await expect(page.getByTestId('reader-state')).toHaveText('Chưa kết nối');
  await expect(page.getByTestId('reader-problem')).toContainText('Máy đọc vừa bị ngắt kết nối');
  await expect(page.getByTestId('reader-fix')).toContainText('tự kết nối lại');
  // Device errors travel as codes: no English device error on the Vietnamese screen.
  await expect(page.getByTestId('reader-card')).not.toContainText(/disconnected|serial port|could not/i);
  await snapBoth(page, 'serial-reader-unplugged');
  await expectAccessible(page);

  await plug(request, true);
  await expect(page.getByTestId('reader-state')).toHaveText('Sẵn sàng');
  await expect(page.getByTestId('reader-problem')).toHaveCount(0);
  await scan(request, CCCD);
  await expect(page.getByTestId('scan-test').getByTestId('scan-name')).toHaveText('Trần Văn Đức');
});
