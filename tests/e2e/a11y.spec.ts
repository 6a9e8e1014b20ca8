/**
 * Accessibility sweep: every kiosk screen in Vietnamese and English, in the normal and the high-contrast theme,
 * through axe (zero serious/critical), with a screenshot of each. The language is switched mid-flow on every
 * screen, which also proves the switch keeps the flow.
 */
import { submitLookupForDuc } from '../support/lookup-steps';
import { expect, test } from './fixtures/host';
import { closeMaintenance, openMaintenance } from './fixtures/maintenance';
import { expectAccessible, snap } from './fixtures/screens';
import type { Page } from '@playwright/test';

test.use({ hostKey: 'a11y' });

type Contrast = 'normal' | 'high';
const PUBLIC_SCREENS = ['offices', 'facilities', 'employers', 'collectionPoints', 'faq', 'feedback', 'news'] as const;
const LAN_ANH = { insuranceNumber: '0112345678', password: 'Kiosk2026' };

async function openKiosk(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await expect(page.locator('html[data-ready="true"]')).toBeAttached();
}

/** Display settings last for one visit: set them again after every return home. */
async function ensureDisplay(page: Page, contrast: Contrast): Promise<void> {
  const toggle = page.getByTestId('toggle-contrast');
  if ((await toggle.getAttribute('aria-pressed')) !== String(contrast === 'high')) await toggle.click();
  if (contrast === 'high') await expect(page.locator('html')).toHaveAttribute('data-contrast', 'high');
  else await expect(page.locator('html')).not.toHaveAttribute('data-contrast', 'high');
}

async function ensureLocale(page: Page, locale: 'vi' | 'en'): Promise<void> {
  if ((await page.locator('html').getAttribute('lang')) !== locale) await page.getByTestId('toggle-language').click();
  await expect(page.locator('html')).toHaveAttribute('lang', locale);
}

/** axe + screenshot in Vietnamese, then (same screen, same flow) in English, then back to Vietnamese. */
async function checkBothLanguages(page: Page, name: string, contrast: Contrast): Promise<void> {
  await ensureLocale(page, 'vi');
  await snap(page, `a11y-${name}-vi-${contrast}`);
  await expectAccessible(page);
  await ensureLocale(page, 'en');
  await snap(page, `a11y-${name}-en-${contrast}`);
  await expectAccessible(page);
  await ensureLocale(page, 'vi');
}

async function goHome(page: Page, contrast: Contrast): Promise<void> {
  const home = page.getByTestId('go-home');
  if (await home.isVisible()) await home.click();
  await expect(page.locator('[data-screen="home"]')).toBeVisible();
  await ensureLocale(page, 'vi');
  await ensureDisplay(page, contrast);
}

async function start(page: Page, launchUrl: string, contrast: Contrast): Promise<void> {
  await openKiosk(page, launchUrl);
  await ensureDisplay(page, contrast);
}

async function sweepLookupAndDevices(page: Page, contrast: Contrast): Promise<void> {
  await checkBothLanguages(page, 'home', contrast);

  await page.getByTestId('tile-lookup').click();
  await expect(page.getByTestId('lookup-form')).toBeVisible();
  await checkBothLanguages(page, 'lookup-form', contrast);
  await submitLookupForDuc(page);
  await expect(page.getByTestId('insurance-number')).toHaveText('0123456789');
  await checkBothLanguages(page, 'lookup-result', contrast);
  await goHome(page, contrast);

  // Device status is staff-only, inside maintenance (a modal: the header's language button is behind it).
  for (const locale of ['vi', 'en'] as const) {
    await ensureLocale(page, locale);
    await openMaintenance(page);
    await snap(page, `a11y-devices-${locale}-${contrast}`);
    await expectAccessible(page);
    await closeMaintenance(page);
  }
  await goHome(page, contrast);
}

async function sweepPublic(page: Page, contrast: Contrast): Promise<void> {
  for (const screen of PUBLIC_SCREENS) {
    await page.getByTestId(`tile-${screen}`).click();
    await expect(page.locator(`[data-screen="${screen}"]`)).toBeVisible();
    await expect(page.locator('main h2').first()).toBeVisible();
    await checkBothLanguages(page, `public-${screen}`, contrast);
    await goHome(page, contrast);
  }
}

async function sweepAccount(page: Page, contrast: Contrast): Promise<void> {
  await page.getByTestId('tile-sign-in').click();
  await expect(page.getByRole('heading', { name: 'Đăng nhập' })).toBeVisible();
  await checkBothLanguages(page, 'sign-in', contrast);
  await page.getByLabel('Mã số BHXH (10 chữ số)').fill(LAN_ANH.insuranceNumber);
  await page.getByLabel('Mật khẩu', { exact: true }).fill(LAN_ANH.password);
  await page.keyboard.press('Escape'); // close the on-screen keyboard
  await page.getByTestId('sign-in-submit').click();
  await expect(page.getByTestId('sign-out')).toBeVisible();
  await checkBothLanguages(page, 'records-menu', contrast);

  const records: readonly { readonly id: string; readonly ready: string; readonly formats: readonly string[] }[] = [
    // Dates dd/mm/yyyy and money in the Vietnamese format, in both languages.
    { id: 'profile', ready: 'profile', formats: ['14/03/1992'] },
    { id: 'card', ready: 'bhyt-card', formats: ['01/01/2025'] },
    { id: 'participation', ready: 'participation-totals', formats: [] },
    { id: 'benefits', ready: 'benefits-table', formats: ['62.400.000 ₫'] },
    { id: 'visits', ready: 'visits-table', formats: [] },
  ];
  for (const r of records) {
    await page.getByTestId(`records-${r.id}`).click();
    const ready = page.getByTestId(r.ready);
    await expect(ready).toBeVisible();
    for (const f of r.formats) await expect(ready).toContainText(f);
    await checkBothLanguages(page, `records-${r.id}`, contrast);
    await ensureLocale(page, 'en');
    for (const f of r.formats) await expect(ready).toContainText(f);
    await ensureLocale(page, 'vi');
    await page.getByTestId('records-back').click();
  }
  await page.getByTestId('sign-out').click();
  await expect(page.locator('[data-screen="home"]')).toBeVisible();
}

test.describe('Trợ năng: mọi màn hình, hai ngôn ngữ, hai chế độ tương phản', () => {
  const sweeps = [
    ['home, lookup form and result, devices', sweepLookupAndDevices],
    ['public self-service screens', sweepPublic],
    ['sign-in and every records screen', sweepAccount],
  ] as const;
  for (const contrast of ['normal', 'high'] as const) {
    for (const [what, sweep] of sweeps) {
      test(`${contrast} contrast, ${what}: axe finds nothing serious, in Vietnamese and in English`, async ({ page, host }) => {
        test.setTimeout(180_000);
        await start(page, host.launchUrl, contrast);
        await sweep(page, contrast);
      });
    }
  }

  test('text size has three steps, enlarges the text, is announced, and ends with the visit', async ({ page, host }) => {
    await openKiosk(page, host.launchUrl);
    const title = page.getByRole('heading', { level: 1 });
    const size = async () => Number.parseFloat(await title.evaluate((el) => getComputedStyle(el).fontSize));
    const base = await size();
    for (const percent of [100, 125, 150]) {
      await expect(page.getByRole('button', { name: `Cỡ chữ ${percent}%` })).toBeVisible();
    }
    await page.getByRole('button', { name: 'Cỡ chữ 150%' }).click();
    await expect(page.getByRole('button', { name: 'Cỡ chữ 150%' })).toHaveAttribute('aria-pressed', 'true');
    await expect.poll(size).toBeCloseTo(base * 1.5, 0);
    await page.getByTestId('tile-lookup').click();
    await expect(page.getByTestId('lookup-form')).toBeVisible();
    await snap(page, 'a11y-lookup-form-vi-text150');
    await expectAccessible(page);
    await page.getByTestId('toggle-contrast').click();
    await snap(page, 'a11y-lookup-form-vi-text150-high');
    await expectAccessible(page);
    // Keyboard: every control is reachable and shows a visible focus ring.
    await page.keyboard.press('Tab');
    const outline = await page.evaluate(() => {
      const el = document.activeElement;
      return el ? getComputedStyle(el).outlineStyle : 'none';
    });
    expect(outline).not.toBe('none');
    // The next citizen starts from the defaults.
    await page.getByTestId('go-home').click();
    await expect(page.locator('html')).not.toHaveAttribute('data-contrast', 'high');
    await expect.poll(size).toBeCloseTo(base, 0);
  });
});
