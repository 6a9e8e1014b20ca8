/**
 * A screenshot tour of the screens issue #17 changes, in a portrait 1080×1920 kiosk and a landscape 1920×1080 one:
 * each screen is saved as `<phase>-<screen>-<orientation>.png` (KIOSK_SHOT_PHASE, default "after"; the "before" set
 * was taken from the build before the change) and checked with axe. The assertions are only what the tour needs to
 * reach each screen; the fixed behaviour has its own specs.
 */
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures/host';
import {
  cccdPayloadOf,
  checkByScan,
  createOfficerAccount,
  importPortalRegistrations,
  openRegistrationCheck,
  registrationCodeOf,
} from './fixtures/registrations';
import type { PortalPerson } from './fixtures/registrations';
import { CCCD_DUC, emulateScan } from './fixtures/scan';
import { expectAccessible, snap } from './fixtures/screens';

test.use({ hostKey: 'kiosk-tour' });
test.describe.configure({ mode: 'serial' });

const PHASE = process.env.KIOSK_SHOT_PHASE ?? 'after';
const ORIENTATIONS = [
  { name: 'portrait', viewport: { width: 1080, height: 1920 } },
  { name: 'landscape', viewport: { width: 1920, height: 1080 } },
] as const;
const OFFICER = { username: 'tour.canbo', name: 'Đặng Thu Hà', password: 'quay1-Canbo-2026' };
const PERSON: PortalPerson = {
  externalId: 'TOUR-1',
  idNumber: '001090071111',
  fullName: 'Hoàng Văn Bình',
  dob: '1990-05-20',
  gender: 'male',
};

for (const o of ORIENTATIONS) {
  test.describe(o.name, () => {
    test.use({ viewport: o.viewport });

    const shot = async (page: Page, name: string): Promise<void> => {
      await snap(page, `${PHASE}-${name}-${o.name}`);
      await expectAccessible(page);
    };
    const open = async (page: Page, url: string): Promise<void> => {
      await page.goto(url);
      await expect(page.locator('html[data-ready="true"]')).toBeAttached();
      // The same URL again only changes the fragment (no reload): the language may still be the last one.
      if ((await page.locator('html').getAttribute('lang')) !== 'vi') await page.getByTestId('toggle-language').click();
      await expect(page.locator('html')).toHaveAttribute('lang', 'vi');
    };

    test('home, sign-in, FAQ in English, office map', async ({ page, host }) => {
      await open(page, host.launchUrl);
      // A fresh host's device process takes a moment to open the emulated reader and printer.
      if (PHASE === 'after') await expect(page.getByTestId('reader-notice')).toHaveCount(0);
      if (PHASE === 'after') await expect(page.getByTestId('printer-notice')).toHaveCount(0);
      await shot(page, 'home-vi');
      await page.getByTestId('toggle-language').click();
      await expect(page.locator('html')).toHaveAttribute('lang', 'en');
      await shot(page, 'home-en');
      await page.getByTestId('tile-faq').click();
      await expect(page.locator('[data-screen="faq"]')).toBeVisible();
      await shot(page, 'faq-en');
      await page.getByTestId('go-home').click();
      await open(page, host.launchUrl);
      await page.getByTestId('tile-sign-in').click();
      await expect(page.getByTestId('sign-in-submit')).toBeVisible();
      await shot(page, 'sign-in');
      await page.getByTestId('go-home').click();
      await page.getByTestId('tile-offices').click();
      await page.getByLabel('Tỉnh/thành phố').selectOption({ label: 'Thành phố Hà Nội' });
      await page.getByTestId('offices-submit').click();
      await page.getByTestId('office-BHXH-01').click();
      await expect(page.getByTestId('office-map')).toBeVisible();
      await shot(page, 'office-detail');
    });

    test('Form 01: check outcome without a form printer, self-registration of a known person', async ({ page, host, request }) => {
      if (o.name === 'portrait') importPortalRegistrations(host, [PERSON]);
      await openRegistrationCheck(page, host);
      await shot(page, 'reg-check-code');
      await checkByScan(page, request, host, registrationCodeOf(host, PERSON), cccdPayloadOf(PERSON));
      await shot(page, 'reg-check-outcome');
      await page.getByTestId('go-home').click();
      await page.getByTestId('tile-reg-self').click();
      await expect(page.getByTestId('reg-self')).toHaveAttribute('data-phase', 'scan');
      await emulateScan(request, host, CCCD_DUC);
      await expect(page.getByTestId('reg-self')).toHaveAttribute('data-phase', /form|existing/);
      await page.keyboard.press('Escape');
      await shot(page, 'reg-self-known-person');
    });

    test('counter console: queue and card printing', async ({ page, host, counter }) => {
      if (o.name === 'portrait') createOfficerAccount(host, OFFICER);
      // The console is counter 1's host beside the kiosk (same data folder): its station makes the page the console.
      await page.goto(counter.launchUrl);
      await expect(page.locator('html[data-ready="true"]')).toBeAttached();
      await page.getByLabel('Tên đăng nhập').fill(OFFICER.username);
      await page.getByLabel('Mật khẩu').fill(OFFICER.password);
      await page.getByTestId('officer-sign-in-submit').click();
      await expect(page.getByRole('heading', { name: 'Hàng chờ tiếp nhận tờ khai' })).toBeVisible();
      await shot(page, 'officer-queue');
      await page.getByTestId('officer-open-card-print').click();
      await page.getByLabel('Mã số BHXH (10 chữ số)').fill('0123456789');
      await shot(page, 'officer-card-print');
      await page.getByTestId('officer-sign-out').click();
    });

    test('home with the reader and the printer unplugged', async ({ page, host, request }) => {
      const auth = { authorization: `Bearer ${host.token}` };
      await open(page, host.launchUrl);
      try {
        await request.post(`${host.baseUrl}/emulator/reader/state`, { headers: auth, data: { connected: false } });
        await request.post(`${host.baseUrl}/emulator/printer/state`, { headers: auth, data: { paper: 'out' } });
        await expect(page.getByTestId('printer-notice')).toBeVisible();
        await shot(page, 'home-devices-down');
      } finally {
        await request.post(`${host.baseUrl}/emulator/reader/state`, { headers: auth, data: { connected: true } });
        await request.post(`${host.baseUrl}/emulator/printer/state`, { headers: auth, data: { paper: 'ok' } });
      }
    });
  });
}
