import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from './fixtures/host';
import type { KioskHost } from './fixtures/host';
import { openMaintenance } from './fixtures/maintenance';
import { SCREENSHOT_DIR, expectAccessible, snap } from './fixtures/screens';
import type { APIRequestContext, Page } from '@playwright/test';

test.use({ hostKey: 'devices' });

const FIXTURES = path.resolve(process.cwd(), 'tests/fixtures');

interface Fixture {
  readonly label: string;
  readonly payload: string;
  readonly name: string;
}

/** Lines "label<TAB>payload"; the expected name is read straight from the payload's own field. */
function fixtures(file: string, nameOf: (fields: readonly string[]) => string): Fixture[] {
  return readFileSync(path.join(FIXTURES, file), 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '' && !l.startsWith('#'))
    .map((l) => {
      const tab = l.indexOf('\t');
      const payload = l.slice(tab + 1);
      return { label: l.slice(0, tab), payload, name: nameOf(payload.split('|')) };
    });
}

const CCCD = fixtures('cccd-qr.txt', (f) => f[2] ?? '');
// BHYT cards carry the name as hex of its UTF-8 bytes.
const BHYT = fixtures('bhyt-qr.txt', (f) => Buffer.from(f[1] ?? '', 'hex').toString('utf8'));

/** The QR payload the Vietnamese test receipt carries. */
const TEST_RECEIPT_MARK = '[QR] IN-THU';

interface Receipt {
  readonly id: number | string;
  readonly text: string;
  readonly pngUrl: string;
}

const auth = (host: KioskHost) => ({ authorization: `Bearer ${host.token}` });

async function scan(request: APIRequestContext, host: KioskHost, payload: string): Promise<void> {
  const r = await request.post(`${host.baseUrl}/emulator/reader/scan`, {
    headers: { ...auth(host), 'content-type': 'text/plain; charset=utf-8' },
    data: payload,
  });
  expect(r.status(), await r.text()).toBeLessThan(300);
}

async function postState(request: APIRequestContext, host: KioskHost, device: 'reader' | 'printer', body: object): Promise<void> {
  const r = await request.post(`${host.baseUrl}/emulator/${device}/state`, { headers: auth(host), data: body });
  expect(r.status(), await r.text()).toBeLessThan(300);
}

async function receipts(request: APIRequestContext, host: KioskHost): Promise<Receipt[]> {
  const r = await request.get(`${host.baseUrl}/emulator/printer/receipts`, { headers: auth(host) });
  expect(r.ok()).toBe(true);
  return (await r.json()) as Receipt[];
}

async function openKiosk(page: Page, launchUrl: string): Promise<void> {
  await page.goto(launchUrl);
  await expect(page.locator('html[data-ready="true"]')).toBeAttached();
}

test.describe.configure({ mode: 'serial' });

test.describe('Thiết bị: máy đọc mã và máy in', () => {
  test('the home screen shows what the reader read, for every fixture, and clears it', async ({ page, host, request }) => {
    await openKiosk(page, host.launchUrl);
    for (const f of [...CCCD, ...BHYT]) {
      await scan(request, host, f.payload);
      await expect(page.getByTestId('scan-name'), f.label).toHaveText(f.name);
    }
    await expect(page.getByTestId('scan-kind')).toHaveText('Thẻ BHYT');
    await scan(request, host, CCCD[0]?.payload ?? '');
    await expect(page.getByTestId('scan-panel')).toContainText('Thông tin đã đọc');
    await expect(page.getByTestId('scan-kind')).toHaveText('CCCD');
    await expect(page.getByTestId('scan-dob')).toHaveText('14/03/1992');
    await expect(page.getByTestId('scan-number')).toHaveText('001192012345');
    await snap(page, 'home-scan');
    await expectAccessible(page);

    await scan(request, host, 'hello|world');
    await expect(page.getByTestId('scan-error')).toBeVisible();
    await expect(page.getByTestId('scan-name')).toHaveCount(0);
    await snap(page, 'home-scan-error');
    await expectAccessible(page);
    await page.getByTestId('scan-close').click();
    await expect(page.getByTestId('scan-panel')).toHaveCount(0);
  });

  test('device screen: test print, paper out then back, reader unplugged then back', async ({ page, host, request }) => {
    await openKiosk(page, host.launchUrl);
    // Staff only: behind the maintenance gesture and PIN, not on the citizens' home screen.
    await expect(page.getByText('Tình trạng thiết bị')).toHaveCount(0);
    await openMaintenance(page);
    await expect(page.getByRole('heading', { name: 'Tình trạng thiết bị' })).toBeVisible();
    await expect(page.getByTestId('reader-state')).toHaveText('Sẵn sàng');
    await expect(page.getByTestId('printer-state')).toHaveText('Sẵn sàng');
    await expect(page.getByTestId('printer-paper')).toHaveText('Đủ giấy');

    // A plain test print.
    const before = (await receipts(request, host)).length;
    await page.getByTestId('test-print').click();
    await expect(page.getByTestId('print-job-state')).toContainText('Đã in');
    await expect.poll(async () => (await receipts(request, host)).length).toBe(before + 1);
    const first = (await receipts(request, host)).at(-1);
    // Vietnamese lines reach the printer as raster images (no Vietnamese code page), so the parsed
    // text shows the test receipt's QR payload; the PNG shows the "IN THỬ" title.
    expect(first?.text).toContain(TEST_RECEIPT_MARK);
    const png = await request.get(new URL(first?.pngUrl ?? '', host.baseUrl).toString(), { headers: auth(host) });
    expect(png.headers()['content-type']).toContain('image/png');
    writeFileSync(path.join(SCREENSHOT_DIR, 'receipt-test-print.png'), await png.body());
    await snap(page, 'devices-printed');
    await expectAccessible(page);

    // Paper out: the job waits in "needs attention", then prints once, not as a reprint.
    const beforeOut = (await receipts(request, host)).length;
    await postState(request, host, 'printer', { paper: 'out' });
    await expect(page.getByTestId('printer-paper')).toHaveText('Hết giấy');
    await page.getByTestId('test-print').click();
    await expect(page.getByTestId('print-job-state')).toContainText('Cần xử lý: hết giấy');
    await snap(page, 'devices-paper-out');
    await expectAccessible(page);
    await postState(request, host, 'printer', { paper: 'ok' });
    await expect(page.getByTestId('print-job-state')).toContainText('Đã in');
    await expect(page.getByTestId('printer-paper')).toHaveText('Đủ giấy');
    await expect.poll(async () => (await receipts(request, host)).length).toBe(beforeOut + 1);
    const after = await receipts(request, host);
    const added = after.slice(beforeOut);
    expect(added).toHaveLength(1);
    expect(added[0]?.text).toContain(TEST_RECEIPT_MARK);
    expect(added[0]?.text).not.toContain('BẢN IN LẠI');

    // Cover open: not "Sẵn sàng" next to "Nắp đang mở" (issue #17), and back to ready once closed.
    await postState(request, host, 'printer', { cover: 'open' });
    try {
      await expect(page.getByTestId('printer-cover')).toHaveText('Nắp đang mở');
      await expect(page.getByTestId('printer-state')).toHaveText('Cần xử lý');
    } finally {
      await postState(request, host, 'printer', { cover: 'closed' });
    }
    await expect(page.getByTestId('printer-state')).toHaveText('Sẵn sàng');

    // Reader unplugged, then back; a scan works again.
    await postState(request, host, 'reader', { connected: false });
    await expect(page.getByTestId('reader-state')).toHaveText('Chưa kết nối');
    // The device layer reports a code; the screen words it (and the fix) in Vietnamese, never its English error text.
    await expect(page.getByTestId('reader-last-error')).toHaveText('Máy đọc vừa bị ngắt kết nối (rút cáp hoặc cổng bị đóng).');
    await expect(page.getByTestId('reader-fix')).toContainText('Cắm lại cáp USB');
    await expect(page.getByTestId('reader-mode')).toHaveText('Không tìm thấy máy đọc');
    await expect(page.getByTestId('reader-card')).not.toContainText(/disconnected|HID device/i);
    await snap(page, 'devices-reader-absent');
    await expectAccessible(page);
    await postState(request, host, 'reader', { connected: true });
    await expect(page.getByTestId('reader-state')).toHaveText('Sẵn sàng');
    await expect(page.getByTestId('reader-mode')).toHaveText('HID POS (USB)');
    const bhyt = BHYT[0];
    if (!bhyt) throw new Error('no BHYT fixture');
    await scan(request, host, bhyt.payload);
    await expect(page.getByTestId('scan-test').getByTestId('scan-name')).toHaveText(bhyt.name);
    await expect(page.getByTestId('scan-test').getByTestId('scan-kind')).toHaveText('Thẻ BHYT');
    await snap(page, 'devices-scan-test');
    await expectAccessible(page);
  });
});
