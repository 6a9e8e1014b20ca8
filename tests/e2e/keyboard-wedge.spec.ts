/**
 * A keyboard-wedge reader as an explicit mode (issue #16): devices.json `transport: "keyboard"`. The screen captures
 * the reader's key bursts (never into a focused field), the host decodes them like a device's scan, a person's typing
 * and Enter are untouched, and a scan an input method damaged gets its own message, for the citizen and on the
 * device screen for the technician.
 */
import { expect, test } from './fixtures/host';
import type { KioskHost } from './fixtures/host';
import { openMaintenance } from './fixtures/maintenance';
import { snapBoth, startHostWithReader, typeAsReader } from './fixtures/readers';
import { expectAccessible } from './fixtures/screens';

test.use({ hostKey: 'keyboard-wedge' });

const CCCD = '079085004321||Trần Văn Đức|02111985|Nam|123/4 Lê Văn Sỹ, Phường 13, Quận 3, TP. Hồ Chí Minh|10082022';
/** The same card typed through Telex that did not compose. */
const TELEX = '079085004321||Traanf Vawn Dduwcs|02111985|Nam|123/4 Le Van Sy, Phuong 13, Quan 3, TP. Ho Chi Minh|10082022';

let host: KioskHost & { readonly remove: () => void };
test.beforeAll(async () => {
  host = await startHostWithReader({ transport: 'keyboard' });
});
test.afterAll(async () => {
  await host.stop();
  host.remove();
});

test.describe.configure({ mode: 'serial' });

test('a reader burst into a focused field is a scan and leaves the field as it was; typing and Enter still work', async ({ page }) => {
  await page.goto(host.launchUrl);
  await expect(page.locator('html[data-ready="true"]')).toBeAttached();
  await page.getByTestId('tile-lookup').click();
  const id = page.getByTestId('lookup-id-number');
  await id.click();
  // Record what the field held at each key that reached it: the burst's first keys do, before it is recognised.
  await id.evaluate((el) => {
    const seen: string[] = [];
    (window as unknown as { __seen: string[] }).__seen = seen;
    el.addEventListener('keydown', () => seen.push((el as HTMLInputElement).value));
  });
  await typeAsReader(page, CCCD);
  await expect(page.getByTestId('scanned-card-status')).toContainText('Trần Văn Đức');
  await expect(id).toHaveValue('');
  const seen = await page.evaluate(() => (window as unknown as { __seen: string[] }).__seen);
  // The second key found the first one in the field; the third on were swallowed before reaching it.
  expect(seen).toEqual(['', '0']);
  await expect(id).toBeFocused();

  // A person typing (keys 70 ms apart) and pressing Enter: the text stays, Enter closes the on-screen keyboard.
  const name = page.getByTestId('lookup-name');
  await name.click();
  await expect(page.getByTestId('lookup-name-keyboard')).toBeVisible();
  await page.keyboard.type('tran van duc', { delay: 70 });
  await expect(name).toHaveValue('tran van duc');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('lookup-name-keyboard')).toBeHidden();
  await expect(name).toHaveValue('tran van duc');
  await snapBoth(page, 'wedge-lookup-after-scan');
});

test('a scan an input method damaged: the citizen is told in Vietnamese (and English), the technician how to fix it', async ({ page }) => {
  await page.goto(host.launchUrl);
  await expect(page.locator('html[data-ready="true"]')).toBeAttached();
  await typeAsReader(page, CCCD);
  await expect(page.getByTestId('scan-name')).toHaveText('Trần Văn Đức');

  await typeAsReader(page, TELEX);
  await expect(page.getByTestId('scan-error')).toHaveText(
    'Không đọc được thẻ chính xác: bộ gõ tiếng Việt trên máy đã làm sai dữ liệu quét. Vui lòng nhờ cán bộ hỗ trợ.',
  );
  await expect(page.getByTestId('scan-name')).toHaveCount(0);
  await snapBoth(page, 'wedge-home-ime-damaged');
  await expectAccessible(page);
  await page.getByTestId('toggle-language').click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByTestId('scan-error')).toContainText('The card could not be read correctly');
  await page.getByTestId('toggle-language').click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'vi');

  await openMaintenance(page);
  await expect(page.getByTestId('reader-mode')).toHaveText('Bàn phím (keyboard wedge)');
  await expect(page.getByTestId('reader-state')).toHaveText('Sẵn sàng');
  await expect(page.getByTestId('reader-problem')).toContainText('Bộ gõ tiếng Việt đang làm sai dữ liệu quét');
  await expect(page.getByTestId('reader-fix')).toContainText('Tắt Unikey / EVKey');
  await expect(page.getByTestId('reader-card')).not.toContainText(/damaged|input method/i);
  await snapBoth(page, 'wedge-devices-ime-damage');
  await expectAccessible(page);
});
