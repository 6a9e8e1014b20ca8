/**
 * Services, number series and the rating (issue #18), end to end against real host processes on one data folder: a
 * kiosk, counter 1 (set by the supervisor to serve Form 01 only) and counter 2 (every service). A citizen takes a B
 * ticket at the kiosk ("Lấy số thứ tự", no personal data); counter 1 does not get it, counter 2 calls it and closes it
 * with "Hoàn thành"; the counter's citizen-facing screen (`?view=rating`) asks for the rating and records it; the
 * supervisor's day report and `npm run admin -- report` count the ticket and the rating.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures/host';
import { startCounterHost, type KioskHost } from './fixtures/host';
import { openOfficerConsole } from './fixtures/officer-console';
import { printedReceipts, saveReceiptPng } from './fixtures/printed-receipts';
import { expectAccessible, SCREENSHOT_DIR } from './fixtures/screens';
import { REPORT_DAY, seedReportDay } from '../support/day-report-fixture';

test.use({ hostKey: 'services' });
test.describe.configure({ mode: 'serial' });

const SUPERVISOR = { username: 'hoa.totruong', name: 'Trần Thị Hoa', password: 'totruong-Bhxh-2026' };
const OFFICER = { username: 'binh.quay2', name: 'Lê Văn Bình', password: 'quay2-Canbo-2026' };

function admin(host: KioskHost, args: readonly string[], input = '') {
  return spawnSync('npm', ['run', '--silent', 'admin', '--', ...args, '--data-dir', host.dataDir], { input, encoding: 'utf8' });
}

/** Portrait 1080×1920 (the kiosk's screen) and landscape 1920×1080 of the same state, for a person to look at. */
async function shots(page: Page, name: string): Promise<void> {
  for (const [suffix, viewport] of [
    ['portrait', { width: 1080, height: 1920 }],
    ['landscape', { width: 1920, height: 1080 }],
  ] as const) {
    await page.setViewportSize(viewport);
    await page.screenshot({ path: join(SCREENSHOT_DIR, `${name}-${suffix}.png`), fullPage: true });
  }
}

async function signIn(page: Page, who: { username: string; password: string }): Promise<void> {
  await page.getByLabel('Tên đăng nhập').fill(who.username);
  await page.getByLabel('Mật khẩu').fill(who.password);
  await page.getByTestId('officer-sign-in-submit').click();
  await expect(page.getByTestId('officer-queue')).toBeVisible();
}

const vietnamToday = (): string => new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh' }).format(new Date());

let counter2: KioskHost;

test.beforeAll(async ({ host, counter }) => {
  void counter; // counter 1 starts before counter 2
  for (const [who, role] of [
    [SUPERVISOR, 'supervisor'],
    [OFFICER, 'officer'],
  ] as const) {
    const r = admin(
      host,
      ['create-officer', '--username', who.username, '--name', who.name, '--role', role, '--password-stdin'],
      `${who.password}\n`,
    );
    expect(r.status, r.stderr).toBe(0);
  }
  counter2 = await startCounterHost(host, { counter: 2 });
});
test.afterAll(async () => {
  await counter2.stop();
});

test('a B ticket from the kiosk is called only where B is served, closed, rated, and counted in the report', async ({
  page,
  browser,
  request,
  host,
  counter,
}) => {
  // The supervisor at counter 1 sets that counter to Form 01 (A) only.
  await openOfficerConsole(page, counter);
  await signIn(page, SUPERVISOR);
  await page.getByTestId('officer-open-supervisor').click();
  const row1 = page.locator('[data-testid="supervisor-counter-services"][data-counter="1"]');
  for (const s of ['B', 'C', 'D']) await row1.getByTestId(`supervisor-service-1-${s}`).uncheck();
  await row1.getByTestId('supervisor-save-services-1').click();
  await expect(page.getByTestId('supervisor-message')).toHaveText('Đã lưu: quầy 1 phục vụ A.');
  await expect(page.locator('[data-testid="supervisor-counter-services"][data-counter="2"] input:checked')).toHaveCount(4);
  await expectAccessible(page);

  // The citizen takes a B ticket at the kiosk: no ID card, one tap.
  const kioskContext = await browser.newContext();
  const kiosk = await kioskContext.newPage();
  await kiosk.goto(host.launchUrl);
  await expect(kiosk.locator('html[data-ready="true"]')).toBeAttached();
  await shots(kiosk, 'services-kiosk-home');
  await kiosk.getByTestId('tile-take-ticket').click();
  await expect(kiosk.getByTestId('take-ticket')).toHaveAttribute('data-phase', 'choose');
  await expectAccessible(kiosk);
  await shots(kiosk, 'services-kiosk-choice');
  const before = (await printedReceipts(request, host)).length;
  await kiosk.getByTestId('take-ticket-B').click();
  await expect(kiosk.getByTestId('take-ticket-number')).toHaveText('B001');
  await expect(kiosk.getByTestId('take-ticket-result')).toContainText('Mời bạn chờ gọi số tại quầy 2.');
  await expectAccessible(kiosk);
  await shots(kiosk, 'services-kiosk-ticket');
  const slips = await printedReceipts(request, host);
  expect(slips).toHaveLength(before + 1);
  // The slip's text is printed as raster images (its wording is checked in tests/unit/service-queue.test.ts): no QR,
  // since a walk-in ticket carries no check reference.
  const slip = slips.at(-1);
  expect(slip?.text ?? '').not.toContain('[QR]');
  await saveReceiptPng(request, host, slip, 'services-slip-B001');

  // Counter 1 serves A only: "call next" does not take B001 and says why.
  await page.getByTestId('supervisor-back').click();
  await page.getByTestId('officer-call-next').click();
  await expect(page.getByTestId('officer-message')).toHaveText('1 số đang chờ ở dịch vụ mà quầy 1 không phục vụ (B).');

  // Counter 2 calls it, serves the citizen and closes it with "Hoàn thành"; its citizen-facing screen asks for a rating.
  const deskContext = await browser.newContext();
  const desk = await deskContext.newPage();
  const ratingContext = await browser.newContext({ viewport: { width: 1080, height: 1920 } });
  const rating = await ratingContext.newPage();
  await rating.goto(counter2.launchUrl.replace('/#', '/?view=rating#'));
  await expect(rating.getByTestId('rating-idle')).toBeVisible();
  await openOfficerConsole(desk, counter2);
  await signIn(desk, OFFICER);
  await desk.getByTestId('officer-call-next').click();
  await expect(desk.getByTestId('officer-message')).toContainText('Đang phục vụ số B001 (Thẻ BHYT).');
  const b001 = desk.locator('[data-testid="officer-queue-row"][data-ticket="B001"]');
  await expect(b001).toContainText('Đã gọi');
  await desk.getByTestId('officer-finish-ticket').click();
  await expect(desk.getByTestId('officer-message')).toHaveText(
    'Đã hoàn thành số B001. Màn hình đánh giá tại quầy đang mời công dân đánh giá.',
  );
  await expect(rating.getByTestId('rating-ticket')).toHaveText('Số B001 · Thẻ BHYT');
  await expectAccessible(rating);
  await shots(rating, 'services-rating-faces');
  await rating.getByTestId('rating-dissatisfied').click();
  await rating.getByTestId('rating-reason-long-wait').click();
  await expect(rating.getByTestId('rating-reason-long-wait')).toHaveAttribute('aria-pressed', 'true');
  await shots(rating, 'services-rating-reasons');
  await rating.getByTestId('rating-send').click();
  await expect(rating.getByTestId('rating-thanks')).toContainText('Cảm ơn bạn đã đánh giá!');
  await shots(rating, 'services-rating-thanks');

  // Stored anonymously: the rating row has no ticket, and the ticket's token is spent.
  const db = new Database(join(host.dataDir, 'kiosk.sqlite'), { readonly: true });
  try {
    expect(db.prepare('SELECT service, counter, level, reasons FROM ticket_ratings').all()).toEqual([
      { service: 'B', counter: '2', level: 'dissatisfied', reasons: '["long-wait"]' },
    ]);
    expect(db.prepare("SELECT state, rating_token FROM queue_tickets WHERE service = 'B'").all()).toEqual([
      { state: 'done', rating_token: null },
    ]);
  } finally {
    db.close();
  }

  // The supervisor's day report counts the ticket and the rating, with the waiting-time chart.
  await page.getByTestId('officer-open-supervisor').click();
  await page.getByTestId('supervisor-open-report').click();
  await expect(page.getByTestId('officer-report')).toBeVisible();
  const bRow = page.locator('[data-testid="report-services"] tr[data-service="B"]');
  await expect(bRow.locator('td').nth(0)).toHaveText('1');
  await expect(bRow.locator('td').nth(1)).toHaveText('1');
  await expect(page.locator('[data-testid="report-ratings"] tr[data-key="dissatisfied"] td')).toHaveText('1');
  await expect(page.locator('[data-testid="report-reasons"] tr[data-key="long-wait"] td')).toHaveText('1');
  await expect(page.getByTestId('report-chart-dot')).toHaveCount(1);
  await expect(page.getByTestId('report-chart')).toContainText('Thời gian chờ (phút)');
  await expectAccessible(page);
  await shots(page, 'services-report');

  // Another day, known by hand (tests/support/day-report-fixture.ts), picked on the report: its chart in full.
  const writer = new Database(join(host.dataDir, 'kiosk.sqlite'));
  try {
    seedReportDay(writer);
  } finally {
    writer.close();
  }
  await page.getByTestId('report-day').fill(REPORT_DAY);
  await expect(page.getByRole('heading', { name: 'Báo cáo trong ngày 04/12/2026' })).toBeVisible();
  await expect(page.getByTestId('report-chart-dot')).toHaveCount(5);
  await expect(page.locator('[data-testid="report-services"] tr[data-service="B"] td').nth(2)).toHaveText('5 phút'); // p50 300 s
  await shots(page, 'services-report-known-day');

  // The same figures from the admin CLI.
  const csv = admin(host, ['report', '--date', vietnamToday()]);
  expect(csv.status, csv.stderr).toBe(0);
  const lines = csv.stdout.trim().split('\n');
  expect(lines[0]).toBe('day,section,key,count,wait_p50_s,wait_p90_s,service_p50_s,service_p90_s');
  expect(lines).toContainEqual(expect.stringMatching(new RegExp(`^${vietnamToday()},service,B,1,\\d+,\\d+,\\d+,\\d+$`)));
  expect(lines).toContain(`${vietnamToday()},served,B,1,,,,`);
  expect(lines).toContain(`${vietnamToday()},rating,dissatisfied,1,,,,`);
  expect(lines).toContain(`${vietnamToday()},rating-reason,long-wait,1,,,,`);

  await ratingContext.close();
  await deskContext.close();
  await kioskContext.close();
});
