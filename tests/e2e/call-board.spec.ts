/**
 * The lobby call board end to end, as an office runs it: three hosts on one data folder — the kiosk (emulated reader
 * and printer), counter 1, and the display (`--station display`) — each a child process with its own port. A Form 01
 * imported with the admin CLI is checked at the kiosk screen, which prints ticket 001; the officer calls it at counter
 * 1; the board in its own browser shows A001 at counter 1 and announces it (chime + Vietnamese clips, the sequence in
 * the page); "Gọi lại" at the counter announces it again, and the board repeats it by itself after
 * --call-repeat-after seconds while it is still the call at that counter. Screenshots at 1920×1080, 3840×2160 and
 * portrait 1080×1920.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from '@playwright/test';
import { expect, startCounterHost, startKioskHost, test } from './fixtures/host';
import type { KioskHost } from './fixtures/host';
import { openOfficerConsole } from './fixtures/officer-console';
import {
  cccdPayloadOf,
  checkByScan,
  createOfficerAccount,
  importPortalRegistrations,
  openRegistrationCheck,
  registrationCodeOf,
} from './fixtures/registrations';
import type { PortalPerson } from './fixtures/registrations';
import { expectAccessible, snap } from './fixtures/screens';

test.use({ hostKey: 'call-board' });
test.describe.configure({ mode: 'serial' });

const PERSON: PortalPerson = {
  externalId: 'E2E-BOARD',
  idNumber: '001188066666',
  fullName: 'Lý Thị Thanh Tâm',
  dob: '1988-06-16',
  gender: 'female',
};
const OFFICER = { username: 'tam.quay1', name: 'Đào Minh Quân', password: 'quay1-Bang-2026' };
const REPEAT_AFTER_S = 4;
/** Where the brief wants the board's screenshots; also kept with the other test screenshots. */
const BOARD_SHOTS = process.env.KIOSK_BOARD_SHOTS ?? join('test-results', 'screenshots', 'board');

/** What the board says for ticket 001 at counter 1. */
const CALL_001_AT_1 = 'chime moi-cong-dan letter-a khong tram linh mot den-quay-so mot';

let kiosk: KioskHost;
let counter: KioskHost;
let display: KioskHost;

test.beforeAll(async ({ host }) => {
  kiosk = host;
  counter = await startCounterHost(kiosk);
  display = await startKioskHost({ dataDir: kiosk.dataDir, args: ['--station', 'display', '--call-repeat-after', String(REPEAT_AFTER_S)] });
  importPortalRegistrations(kiosk, [PERSON]);
  createOfficerAccount(kiosk, OFFICER);
});
test.afterAll(async () => {
  await display.stop();
  await counter.stop();
});

async function openPage(browser: Browser, url: string, viewport = { width: 1920, height: 1080 }): Promise<Page> {
  const context = await browser.newContext({ viewport });
  const page = await context.newPage();
  await page.goto(url);
  await expect(page.locator('html[data-ready="true"]')).toBeAttached();
  return page;
}

/** A browser may start the board muted (autoplay): the TV's "Bật âm thanh" is tapped once, as staff would. */
async function soundOn(board: Page): Promise<void> {
  const el = board.getByTestId('call-board');
  await expect(el).toHaveAttribute('data-audio', /^(running|suspended)$/);
  if ((await el.getAttribute('data-audio')) === 'suspended') {
    await expect(board.getByTestId('board-sound-on')).toBeVisible();
    await board.getByTestId('board-sound-on').click();
  }
  await expect(el).toHaveAttribute('data-audio', 'running');
  await expect(board.getByTestId('board-sound-on')).toHaveCount(0);
}

async function shoot(board: Page, name: string): Promise<void> {
  mkdirSync(BOARD_SHOTS, { recursive: true });
  await snap(board, `board-${name}`);
  await board.screenshot({ path: join(BOARD_SHOTS, `${name}.png`) });
}

test('a ticket issued at the kiosk and called at counter 1 is shown and announced on the board, and "Gọi lại" announces it again', async ({
  browser,
  request,
}) => {
  const board = await openPage(browser, display.launchUrl);
  const el = board.getByTestId('call-board');
  await expect(board.getByTestId('board-serving-empty')).toBeVisible();
  await expect(board.locator('[data-testid="board-waiting"][data-service="A"]')).toHaveAttribute('data-waiting', '0');
  await expect(board.getByRole('heading', { name: /Đang phục vụ/ })).toBeVisible();
  await shoot(board, 'empty-1920x1080');
  await soundOn(board);

  // The kiosk: form QR, then the card, then the ticket (printed by the emulated printer).
  const kioskPage = await openPage(browser, kiosk.launchUrl, { width: 1280, height: 900 });
  await openRegistrationCheck(kioskPage, kiosk);
  await checkByScan(kioskPage, request, kiosk, registrationCodeOf(kiosk, PERSON), cccdPayloadOf(PERSON));
  await kioskPage.getByTestId('reg-print-ticket').click();
  await expect(kioskPage.getByTestId('ticket-number')).toHaveText('A001');
  // Another station's host wrote it: the display's host noticed in the shared database and the page refetched.
  await expect(board.locator('[data-testid="board-waiting"][data-service="A"]')).toHaveAttribute('data-waiting', '1');
  await expect(el).toHaveAttribute('data-callout-seq', '0');

  // Counter 1 calls the next ticket.
  const consolePage = await openPage(browser, counter.launchUrl, { width: 1280, height: 900 });
  await openOfficerConsole(consolePage, counter);
  await consolePage.getByLabel('Tên đăng nhập').fill(OFFICER.username);
  await consolePage.getByLabel('Mật khẩu').fill(OFFICER.password);
  await consolePage.getByTestId('officer-sign-in-submit').click();
  await consolePage.getByTestId('officer-call-next').click();
  await expect(consolePage.getByTestId('officer-detail')).toContainText('A001');

  // The board: 001 at counter 1, big; announced once, chime first, and heard.
  const served = board.getByTestId('board-serving');
  await expect(served).toHaveCount(1);
  await expect(served).toHaveAttribute('data-label', 'A001');
  await expect(served).toHaveAttribute('data-counter', '1');
  await expect(served).toContainText('Quầy 1');
  await expect(el).toHaveAttribute('data-callout-seq', '1');
  await expect(el).toHaveAttribute('data-callout-kind', 'call');
  await expect(el).toHaveAttribute('data-callout-clips', CALL_001_AT_1);
  await expect(board.getByTestId('board-callout-clips').locator('li')).toHaveText(CALL_001_AT_1.split(' '));
  await expect(board.getByTestId('board-callout-text')).toHaveText('Mời công dân có số thứ tự A001 đến quầy số 1');
  await expect(el).toHaveAttribute('data-callout-audio', 'played');
  await expect(board.locator('[data-testid="board-waiting"][data-service="A"]')).toHaveAttribute('data-waiting', '0');
  // Nothing of the person on the board.
  await expect(el).not.toContainText(PERSON.fullName);
  await expect(el).not.toContainText(registrationCodeOf(kiosk, PERSON));
  await expectAccessible(board);
  await shoot(board, '1920x1080');
  await board.setViewportSize({ width: 3840, height: 2160 });
  await shoot(board, '3840x2160');
  await board.setViewportSize({ width: 1080, height: 1920 });
  await shoot(board, 'portrait-1080x1920');
  await board.setViewportSize({ width: 1920, height: 1080 });

  // The board repeats the call by itself while 001 is still the one at counter 1.
  await expect(el).toHaveAttribute('data-callout-seq', '2', { timeout: (REPEAT_AFTER_S + 10) * 1000 });
  await expect(el).toHaveAttribute('data-callout-kind', 'repeat');
  await expect(el).toHaveAttribute('data-callout-clips', CALL_001_AT_1);

  // "Gọi lại" at the counter: announced again at once, as a new call.
  await expect(consolePage.getByTestId('officer-recall')).toBeVisible();
  await snap(consolePage, 'officer-detail-recall');
  await consolePage.screenshot({ path: join(BOARD_SHOTS, 'counter-recall-button.png') });
  await consolePage.setViewportSize({ width: 1080, height: 1920 });
  await consolePage.screenshot({ path: join(BOARD_SHOTS, 'counter-recall-button-portrait.png') });
  await consolePage.setViewportSize({ width: 1280, height: 900 });
  await consolePage.getByTestId('officer-recall').click();
  await expect(consolePage.getByTestId('officer-recall-message')).toHaveText('Đã gọi lại số A001 trên bảng gọi số.');
  await expect(el).toHaveAttribute('data-callout-seq', '3');
  await expect(el).toHaveAttribute('data-callout-kind', 'call');
  await expect(el).toHaveAttribute('data-callout-clips', CALL_001_AT_1);
  await expect(el).toHaveAttribute('data-callout-audio', 'played');

  // The officer decides the form: 001 is no longer served, so it moves to "Vừa gọi" (tests/unit/call-announcer.test.ts:
  // its repeats stop).
  await consolePage.getByLabel('Thiếu giấy tờ').check();
  await consolePage.getByTestId('officer-reject-preview').click();
  await consolePage.getByTestId('officer-reject').click();
  await expect(board.getByTestId('board-serving')).toHaveCount(0);
  await expect(board.getByTestId('board-recent')).toHaveAttribute('data-label', 'A001');
  await expect(board.getByTestId('board-recent')).toContainText('Quầy 1');
  await expect(board.getByTestId('board-callout-text')).toHaveCount(0);
  await shoot(board, 'after-decision-1920x1080');

  await board.context().close();
  await kioskPage.context().close();
  await consolePage.context().close();
});
