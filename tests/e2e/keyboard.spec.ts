import { expect, test } from './fixtures/host';
import { join } from 'node:path';
import { SCREENSHOT_DIR, expectAccessible, snap } from './fixtures/screens';
import type { Locator, Page } from '@playwright/test';
import { CCCD_DUC, emulateScan } from './fixtures/scan';

test.use({ hostKey: 'keyboard' });

/** The docked keyboard is fixed to the viewport: a viewport shot shows it as the citizen sees it. */
const snapViewport = (page: Page, name: string) => page.screenshot({ path: join(SCREENSHOT_DIR, `${name}.png`) });

async function openLookup(page: Page, launchUrl: string): Promise<void> {
  await page.goto(launchUrl);
  await expect(page.locator('html[data-ready="true"]')).toBeAttached();
  await page.getByTestId('tile-lookup').click();
  await expect(page.getByRole('heading', { name: 'Tra cứu mã số BHXH' })).toBeVisible();
}

/** Taps on-screen keys one by one (space as the space bar), as a citizen would. */
async function tapKeys(keyboard: Locator, keys: string): Promise<void> {
  for (const ch of keys) await keyboard.locator(`[data-key="${ch === ' ' ? 'space' : ch.toLowerCase()}"]`).click();
}

const isNfc = (page: Page, testId: string): Promise<boolean> =>
  page.getByTestId(testId).evaluate((el) => {
    const v = (el as HTMLInputElement).value;
    return v === v.normalize('NFC');
  });

test.describe('Bàn phím ảo', () => {
  test('typing "Nguyeenx Vawn Ddwcs" on the on-screen keys gives "Nguyễn Văn Đức" in NFC', async ({ page, host }) => {
    await openLookup(page, host.launchUrl);
    await page.getByTestId('lookup-name').click();
    const keyboard = page.getByTestId('lookup-name-keyboard');
    await expect(keyboard).toBeVisible();
    await expect(keyboard.locator('[data-key="telex"]')).toHaveAttribute('aria-pressed', 'true');
    await tapKeys(keyboard, 'nguyeenx vawn ddwcs');
    await expect(page.getByTestId('lookup-name')).toHaveValue('Nguyễn Văn Đức'.normalize('NFC'));
    expect(await isNfc(page, 'lookup-name')).toBe(true);
    // Backspace removes one whole letter, marks and all.
    await keyboard.locator('[data-key="backspace"]').click();
    await expect(page.getByTestId('lookup-name')).toHaveValue('Nguyễn Văn Đứ');
    await snapViewport(page, 'keyboard-telex');
    await expectAccessible(page);
    await keyboard.locator('[data-key="done"]').click();
    await expect(keyboard).toBeHidden();
  });

  test('VNI can be chosen instead, and the hardware keyboard types through the same engine', async ({ page, host }) => {
    await openLookup(page, host.launchUrl);
    await page.getByTestId('lookup-name').click();
    const keyboard = page.getByTestId('lookup-name-keyboard');
    await keyboard.locator('[data-key="vni"]').click();
    await expect(keyboard.locator('[data-key="vni"]')).toHaveAttribute('aria-pressed', 'true');
    await tapKeys(keyboard, 'vie65t');
    await expect(page.getByTestId('lookup-name')).toHaveValue('Việt');
    await keyboard.locator('[data-key="telex"]').click();
    await page.keyboard.type(' Nam tieengs');
    await expect(page.getByTestId('lookup-name')).toHaveValue('Việt Nam tiếng');
    expect(await isNfc(page, 'lookup-name')).toBe(true);
  });

  test('the CCCD field gets a digit pad and refuses letters', async ({ page, host }) => {
    await openLookup(page, host.launchUrl);
    await page.getByTestId('lookup-id-number').click();
    const pad = page.getByTestId('lookup-id-number-keyboard');
    await expect(pad).toBeVisible();
    await expect(pad.getByRole('button')).toHaveCount(12);
    await expect(pad.locator('[data-key="a"]')).toHaveCount(0);
    await tapKeys(pad, '0790');
    await page.keyboard.type('85ab004321');
    await expect(page.getByTestId('lookup-id-number')).toHaveValue('079085004321');
    await snapViewport(page, 'keyboard-digits');
    await expectAccessible(page);
  });

  test('the date of birth cannot be 31/02: the day list shrinks and the day is clamped', async ({ page, host }) => {
    await openLookup(page, host.launchUrl);
    await page.getByTestId('lookup-dob-year').selectOption('2001');
    await page.getByTestId('lookup-dob-day').selectOption('31');
    await page.getByTestId('lookup-dob-month').selectOption('2');
    await expect(page.getByTestId('lookup-dob-day')).toHaveValue('28');
    await expect(page.getByTestId('lookup-dob-day').locator('option[value="29"]')).toHaveCount(0);
    await page.getByRole('button', { name: 'Tăng ngày' }).click();
    await expect(page.getByTestId('lookup-dob-day')).toHaveValue('28');
    // A leap year offers the 29th, and no more.
    await page.getByTestId('lookup-dob-year').selectOption('2000');
    await page.getByTestId('lookup-dob-day').selectOption('29');
    await expect(page.getByTestId('lookup-dob-day').locator('option[value="30"]')).toHaveCount(0);
    await snap(page, 'date-entry');
  });

  test('switching the language mid-flow keeps the half-filled lookup form', async ({ page, host }) => {
    await openLookup(page, host.launchUrl);
    await page.getByTestId('lookup-name').click();
    await tapKeys(page.getByTestId('lookup-name-keyboard'), 'tran vawn ddwcs');
    await page.getByTestId('lookup-dob-year').selectOption('1985');
    await page.getByTestId('lookup-dob-month').selectOption('11');
    await page.getByTestId('lookup-id-number').fill('0790850');

    await page.getByTestId('toggle-language').click();
    await expect(page.getByRole('heading', { name: 'Find a social-insurance number' })).toBeVisible();
    await expect(page.getByTestId('lookup-name')).toHaveValue('Tran Văn Đức');
    await expect(page.getByTestId('lookup-dob-year')).toHaveValue('1985');
    await expect(page.getByTestId('lookup-dob-month')).toHaveValue('11');
    await expect(page.getByTestId('lookup-id-number')).toHaveValue('0790850');
    await page.getByTestId('lookup-name').click();
    await expect(page.getByTestId('lookup-name-keyboard').locator('[data-key="space"]')).toHaveText('Space');
    await snapViewport(page, 'keyboard-english');

    await page.getByTestId('toggle-language').click();
    await expect(page.getByRole('heading', { name: 'Tra cứu mã số BHXH' })).toBeVisible();
    await expect(page.getByTestId('lookup-name')).toHaveValue('Tran Văn Đức');
    await expect(page.getByTestId('lookup-dob-month')).toHaveValue('11');
    await expect(page.getByTestId('lookup-id-number')).toHaveValue('0790850');
  });
});

/** Taps keys by their exact data-key (symbols, capitals, endings such as ".vn"). */
async function tapExact(keyboard: Locator, keys: readonly string[]): Promise<void> {
  for (const key of keys) await keyboard.locator(`[data-key="${key}"]`).click();
}

/** True when the element is inside the viewport, above the docked keyboard, and a tap at its centre reaches it. */
const uncovered = (target: Locator): Promise<boolean> =>
  target.evaluate((el) => {
    const r = el.getBoundingClientRect();
    const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
    return r.top >= 0 && r.bottom <= window.innerHeight && hit !== null && el.contains(hit);
  });

test.describe('Bàn phím ảo: ký hiệu và nút kế tiếp', () => {
  test('self-registration: an e-mail typed on the e-mail keys, an address with , . - / on the Telex keys', async ({
    page,
    host,
    request,
  }) => {
    await page.goto(host.launchUrl);
    await expect(page.locator('html[data-ready="true"]')).toBeAttached();
    await page.getByTestId('tile-reg-self').click();
    await emulateScan(request, host, CCCD_DUC);
    // Đức has an account already: past the warning to the form.
    await page.getByTestId('reg-existing-continue').click();
    await expect(page.getByTestId('reg-prefill-name')).toHaveText('Trần Văn Đức');

    // The phone gets the digit pad.
    await page.getByLabel('Số điện thoại di động *').click();
    await expect(page.getByRole('group', { name: 'Bàn phím ảo' }).getByRole('button')).toHaveCount(12);

    const email = page.getByTestId('reg-email');
    await email.click();
    const keys = page.getByTestId('reg-email-keyboard');
    await expect(keys).toBeVisible();
    await expect(keys.locator('[data-key="space"]')).toHaveCount(0);
    await expect(keys.getByRole('button', { name: 'A còng (@)' })).toBeVisible();
    expect(await uncovered(email)).toBe(true);
    await tapExact(keys, [...'lan.anh@example', '.vn']);
    await expect(email).toHaveValue('lan.anh@example.vn');
    expect(await isNfc(page, 'reg-email')).toBe(true);
    await snapViewport(page, 'keyboard-email');
    await expectAccessible(page);
    await keys.locator('[data-key="done"]').click();
    await expect(keys).toBeHidden();

    const street = page.getByTestId('reg-street');
    await street.fill('');
    await street.click();
    const textKeys = page.getByTestId('reg-street-keyboard');
    expect(await uncovered(street)).toBe(true);
    await tapExact(textKeys, [...'12/4']);
    await textKeys.locator('[data-key="space"]').click();
    await tapExact(textKeys, ['shift']);
    await tapKeys(textKeys, 'lee ');
    await tapExact(textKeys, ['shift']);
    await tapKeys(textKeys, 'lowij');
    await tapExact(textKeys, [',']);
    await textKeys.locator('[data-key="space"]').click();
    await tapKeys(textKeys, 'p');
    await tapExact(textKeys, ['.', '-']);
    await tapKeys(textKeys, '3');
    await expect(street).toHaveValue('12/4 Lê Lợi, p.-3');
    expect(await isNfc(page, 'reg-street')).toBe(true);
    await snapViewport(page, 'keyboard-address');
    await textKeys.locator('[data-key="done"]').click();
    await expect(textKeys).toBeHidden();
  });

  test('registration check: the code keys type capitals and "-", and "Tiếp tục" stays reachable', async ({ page, host }) => {
    await page.goto(host.launchUrl);
    await expect(page.locator('html[data-ready="true"]')).toBeAttached();
    await page.getByTestId('tile-reg-check').click();
    const field = page.getByTestId('reg-code-input');
    await field.click();
    const keys = page.getByTestId('reg-code-input-keyboard');
    await expect(keys.locator('[data-key="space"]')).toHaveCount(0);
    await expect(keys.locator('[data-key="telex"]')).toHaveCount(0);
    await tapExact(keys, [...'F01-7K3M9QXZ-4']);
    await expect(field).toHaveValue('F01-7K3M9QXZ-4');
    await page.keyboard.type('-x y');
    await expect(field).toHaveValue('F01-7K3M9QXZ-4-XY');
    expect(await uncovered(page.getByTestId('reg-code-next'))).toBe(true);
    await snapViewport(page, 'keyboard-code');
    await expectAccessible(page);
  });

  test('maintenance: the idle-time settings get the digit pad and the save button stays reachable', async ({ page, host }) => {
    await page.goto(host.launchUrl);
    await expect(page.locator('html[data-ready="true"]')).toBeAttached();
    const corner = page.getByRole('button', { name: 'Chế độ bảo trì (dành cho cán bộ kỹ thuật)' });
    for (let i = 0; i < 5; i++) await corner.click();
    for (const d of '246810') await page.getByTestId(`pin-${d}`).click(); // the demo PIN (docs/service.md)
    await page.getByTestId('maintenance-pin-submit').click();
    const field = page.getByTestId('setting-warningSeconds');
    await field.click();
    const pad = page.getByTestId('setting-warningSeconds-keyboard');
    await expect(pad.getByRole('button')).toHaveCount(12);
    for (let i = 0; i < 3; i++) await pad.locator('[data-key="backspace"]').click();
    await expect(field).toHaveValue('');
    await tapExact(pad, [...'456']);
    // Two digits at most for a warning of up to 60 s.
    await expect(field).toHaveValue('45');
    expect(await uncovered(field)).toBe(true);
    expect(await uncovered(page.getByTestId('maintenance-save'))).toBe(true);
    await snapViewport(page, 'keyboard-maintenance');
    await expectAccessible(page);
    await pad.locator('[data-key="done"]').click();
    await expect(pad).toBeHidden();
  });

  test('sign-in: with the keyboard open on the password, the submit button is above it and takes the tap', async ({ page, host }) => {
    await page.goto(host.launchUrl);
    await expect(page.locator('html[data-ready="true"]')).toBeAttached();
    await page.getByTestId('tile-sign-in').click();
    // Trần Văn Đức's demo account: no other test in this file changes its password.
    await page.getByLabel('Mã số BHXH (10 chữ số)').fill('0123456789');
    const password = page.getByLabel('Mật khẩu', { exact: true });
    await password.click();
    await page.keyboard.type('Kiosk2026');
    await expect(page.getByRole('group', { name: 'Bàn phím ảo' })).toBeVisible();
    const submit = page.getByTestId('sign-in-submit');
    expect(await uncovered(password)).toBe(true);
    expect(await uncovered(submit)).toBe(true);
    await snapViewport(page, 'keyboard-sign-in');
    await submit.click();
    await expect(page.getByRole('heading', { name: 'Thông tin của bạn' })).toBeVisible();
  });
});
