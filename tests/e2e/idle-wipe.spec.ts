/**
 * Zero residue after an idle timeout: for each citizen flow, the person's name, CCCD number and mã số BHXH are
 * nowhere in the page (markup and field values), in web storage, in the renderer's stores (the emulated-mode
 * state dump) or in the host's visit table (the emulated-mode dev channel). Time is Playwright's clock.
 */
import { submitLookupForDuc } from '../support/lookup-steps';
import { expect, test } from './fixtures/host';
import type { KioskHost } from './fixtures/host';
import { CCCD_DUC, emulateScan } from './fixtures/scan';
import { snap } from './fixtures/screens';
import { connectWsClient } from './fixtures/ws-client';
import type { Page } from '@playwright/test';

test.use({ hostKey: 'idle-wipe' });

// Demo account "Trần Văn Đức" (README "Demo accounts").
const DUC = { insuranceNumber: '0123456789', idNumber: '079085004321', password: 'Kiosk2026' };
/** Lower case, compared against lower-cased text: catches "TRẦN VĂN ĐỨC" on the card as well. */
const DUC_PII = ['trần văn đức', 'tran van duc', DUC.idNumber, DUC.insuranceNumber];

// Default periods (renderer/lib/idle-defaults.ts); the warning counts down the last 20 s.
const WARNING_MS = 20_000;
const LOOKUP_MS = 90_000;
const RECORDS_MS = 120_000;
const FORMS_MS = 180_000;

interface HostVisits {
  readonly sessions: number;
  readonly pendingSignIns: number;
  readonly openOtps: number;
  readonly table: string;
}

async function hostVisits(host: KioskHost): Promise<HostVisits> {
  const c = await connectWsClient(host);
  try {
    const r = await c.call('dev:citizenSessions', {});
    if (!r.ok) throw new Error(`dev:citizenSessions failed: ${r.error?.code ?? '?'}`);
    return r.value as HostVisits;
  } finally {
    await c.close();
  }
}

/** Everything the renderer holds that a next citizen could see or a script could read, lower-cased. */
async function rendererText(page: Page): Promise<string> {
  return page.evaluate(() => {
    const values = [...document.querySelectorAll('input, textarea, select')].map((el) => (el as HTMLInputElement).value);
    const storage = (s: Storage) => Object.keys(s).map((k) => `${k}=${s.getItem(k) ?? ''}`);
    const dump = (window as unknown as { __kioskStateDump?: () => string }).__kioskStateDump;
    if (typeof dump !== 'function') throw new Error('the emulated-mode state dump is missing');
    return [document.documentElement.outerHTML, ...values, ...storage(localStorage), ...storage(sessionStorage), dump()]
      .join('\n')
      .toLowerCase();
  });
}

async function open(page: Page, host: KioskHost): Promise<void> {
  await page.clock.install();
  await page.goto(host.launchUrl);
  await expect(page.locator('html[data-ready="true"]')).toBeAttached();
}

/** No activity until the warning, then until the timeout; the kiosk must be home again. */
async function idleOut(page: Page, timeoutMs: number, shot?: string): Promise<void> {
  await page.clock.fastForward(timeoutMs - WARNING_MS);
  await expect(page.getByTestId('idle-warning')).toBeVisible();
  if (shot !== undefined) await snap(page, shot);
  await page.clock.fastForward(WARNING_MS);
  await expect(page.getByTestId('idle-warning')).toBeHidden();
  await expect(page.locator('[data-screen="home"]')).toBeVisible();
}

async function expectNoResidue(page: Page, host: KioskHost, pii: readonly string[]): Promise<void> {
  const text = await rendererText(page);
  for (const s of pii) expect(text, `renderer still holds "${s}"`).not.toContain(s.toLowerCase());
  await expect.poll(async () => (await hostVisits(host)).sessions + (await hostVisits(host)).pendingSignIns).toBe(0);
  const visits = await hostVisits(host);
  expect(visits.openOtps).toBe(0);
  for (const s of pii) expect(visits.table.toLowerCase()).not.toContain(s.toLowerCase());
}

async function signIn(page: Page): Promise<void> {
  await page.getByTestId('tile-sign-in').click();
  await page.getByLabel('Mã số BHXH (10 chữ số)').fill(DUC.insuranceNumber);
  await page.getByLabel('Mật khẩu', { exact: true }).fill(DUC.password);
  await page.getByTestId('sign-in-submit').click();
  await expect(page.getByTestId('records-profile')).toBeVisible();
}

test.describe('Tự động xóa dữ liệu khi không sử dụng', () => {
  test('lookup result: wiped after the lookup timeout', async ({ page, host }) => {
    await open(page, host);
    await page.getByTestId('tile-lookup').click();
    await submitLookupForDuc(page, 'Tran Van Duc');
    await expect(page.getByTestId('insurance-number')).toHaveText(DUC.insuranceNumber);
    // The check can fail: before the timeout the page does hold the data.
    expect(await rendererText(page)).toContain(DUC.insuranceNumber);
    await idleOut(page, LOOKUP_MS, 'idle-warning');
    await expectNoResidue(page, host, DUC_PII);
  });

  test('signed-in records and a password-change OTP: the host session and the OTP are destroyed', async ({ page, host }) => {
    await open(page, host);
    await signIn(page);
    await page.getByTestId('records-profile').click();
    await expect(page.getByTestId('profile')).toContainText('Trần Văn Đức');
    const during = await hostVisits(host);
    expect(during.sessions).toBe(1);
    expect(during.table).toContain(DUC.insuranceNumber);
    await page.getByTestId('records-back').click();
    await page.getByTestId('records-changePassword').click();
    await page.getByTestId('change-request-otp').click();
    await expect.poll(async () => (await hostVisits(host)).openOtps).toBe(1);
    await page.getByLabel('Mật khẩu hiện tại').fill(DUC.password);
    await expect(page.getByLabel('Mật khẩu hiện tại')).toHaveAttribute('type', 'password');
    await idleOut(page, FORMS_MS);
    await expectNoResidue(page, host, [...DUC_PII, DUC.password.toLowerCase()]);
    await expect(page.getByTestId('sign-out')).toBeHidden();
  });

  test('card screen: wiped after the records timeout', async ({ page, host }) => {
    await open(page, host);
    await signIn(page);
    await page.getByTestId('records-card').click();
    await expect(page.getByTestId('bhyt-card')).toContainText('TRẦN VĂN ĐỨC');
    await idleOut(page, RECORDS_MS);
    await expectNoResidue(page, host, DUC_PII);
  });

  test('public screen with typed input (feedback): wiped after the forms timeout', async ({ page, host }) => {
    await open(page, host);
    await page.getByTestId('tile-feedback').click();
    await page.getByLabel('Nội dung *').fill('Tôi là Trần Văn Đức, CCCD 079085004321');
    await page.getByLabel('Số điện thoại di động để nhận phản hồi (không bắt buộc)').fill('0912345678');
    await idleOut(page, FORMS_MS);
    await expectNoResidue(page, host, [...DUC_PII, '0912345678']);
  });

  test('scan panel after a CCCD scan on the home screen: wiped after the lookup timeout', async ({ page, host, request }) => {
    await open(page, host);
    // The device process may be restarting under load (503 "will be retried"): present the card again until read.
    await expect(() => emulateScan(request, host, CCCD_DUC)).toPass({ timeout: 30_000 });
    await expect(page.getByTestId('scan-name')).toHaveText('Trần Văn Đức');
    // The host remembers the card for "sign in / look up with the scanned CCCD" until the visit ends.
    expect((await hostVisits(host)).table).toContain(DUC.idNumber);
    await idleOut(page, LOOKUP_MS);
    await expect(page.getByTestId('scan-panel')).toBeHidden();
    await expectNoResidue(page, host, DUC_PII);
    // The empty home screen never times out.
    await page.clock.fastForward(LOOKUP_MS * 3);
    await expect(page.getByTestId('idle-warning')).toBeHidden();
  });

  test('the warning counts down and "Tiếp tục" keeps what was typed', async ({ page, host }) => {
    await open(page, host);
    await page.getByTestId('tile-lookup').click();
    await page.getByLabel('Họ và tên *').fill('Trần Văn Đức');
    await page.keyboard.press('Escape');
    await page.clock.fastForward(LOOKUP_MS - WARNING_MS);
    const warning = page.getByTestId('idle-warning');
    await expect(warning).toContainText('20 giây');
    await page.clock.fastForward(5_000);
    await expect(warning).toContainText('15 giây');
    await expect(page.getByTestId('idle-continue')).toBeFocused();
    await page.getByTestId('idle-continue').click();
    await expect(warning).toBeHidden();
    await expect(page.getByLabel('Họ và tên *')).toHaveValue('Trần Văn Đức');
    // A full period again from the tap: no warning until it is nearly over.
    await page.clock.fastForward(LOOKUP_MS - WARNING_MS - 5_000);
    await expect(warning).toBeHidden();
    await expect(page.getByRole('heading', { name: 'Tra cứu mã số BHXH' })).toBeVisible();
  });
});
