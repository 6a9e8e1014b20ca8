/**
 * Issue #6 end to end: a citizen signs in at the kiosk, opens their BHYT card, previews the PDF and prints it; the
 * card goes to a CUPS queue (a fake `lp` on the host's PATH that spools the file it is given) and the collection
 * slip comes out of the emulated receipt printer. A second print is a reprint, marked on the card and the slip.
 */
import { existsSync } from 'node:fs';
import type { APIRequestContext, Page } from '@playwright/test';
import { decodeQrFromPng, pdfText, rasterize, squeeze } from '../support/pdf-testkit';
import { installFakeLp } from './fixtures/fake-lp';
import type { FakeLp } from './fixtures/fake-lp';
import { expect, startKioskHost, test } from './fixtures/host';
import type { KioskHost } from './fixtures/host';
import { printedReceipts, saveReceiptPng } from './fixtures/printed-receipts';
import { expectAccessible, snap } from './fixtures/screens';

const LAN_ANH = '0112345678';
const QUEUE = 'QUAY_THE';

let host: KioskHost;
let lp: FakeLp;

test.describe.configure({ mode: 'serial' });

test.beforeAll(async () => {
  lp = installFakeLp(QUEUE);
  host = await startKioskHost({ env: lp.env });
});

test.afterAll(async () => {
  await host.stop();
  lp.remove();
});

const auth = () => ({ authorization: `Bearer ${host.token}` });
const receipts = (request: APIRequestContext) => printedReceipts(request, host);

async function printerState(request: APIRequestContext, body: unknown): Promise<void> {
  const r = await request.post(`${host.baseUrl}/emulator/printer/state`, { headers: auth(), data: body });
  expect(r.ok()).toBe(true);
}

async function openCard(page: Page): Promise<void> {
  await page.goto(host.launchUrl);
  await expect(page.locator('html[data-ready="true"]')).toBeAttached();
  await page.getByTestId('tile-sign-in').click();
  await page.getByLabel('Mã số BHXH (10 chữ số)').fill(LAN_ANH);
  await page.getByLabel('Mật khẩu', { exact: true }).fill('Kiosk2026');
  await page.getByTestId('sign-in-submit').click();
  await expect(page.getByRole('heading', { name: 'Thông tin của bạn' })).toBeVisible();
  await page.getByTestId('records-card').click();
  await expect(page.getByTestId('bhyt-card')).toBeVisible();
}

test('a citizen previews and prints their own card; the second print is a marked reprint', async ({ page, request }) => {
  await openCard(page);
  await expect(page.getByTestId('card-preview')).toHaveText('Xem bản PDF');
  await expect(page.getByTestId('card-print')).toHaveText('In thẻ');
  await snap(page, 'card-print-actions');
  await expectAccessible(page);

  // pdf.js must run in its worker under our CSP; if the worker were refused it would fall back to the page thread
  // ("fake worker") and say so, and a refused resource shows as a CSP console error.
  const consoleProblems: string[] = [];
  page.on('console', (m) => {
    if (/fake worker|violates the following Content Security Policy/i.test(m.text())) consoleProblems.push(m.text());
  });
  // Preview: the PDF comes from the host's token-protected route and carries the name with its diacritics.
  const previewResponse = page.waitForResponse((r) => r.url().includes('/card-preview/'));
  await page.getByTestId('card-preview').click();
  const response = await previewResponse;
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toBe('application/pdf');
  // The page consumed the body; the same address, with the token, gives the bytes to check.
  const pdf = await request.get(response.url(), { headers: auth() });
  expect(pdf.headers()['content-type']).toBe('application/pdf');
  const previewText = squeeze(await pdfText(new Uint8Array(await pdf.body()), 1));
  expect(previewText).toContain('Họ và tên: NGUYỄN THỊ LAN ANH');
  expect(previewText).toContain(`Mã số: ${LAN_ANH}`);
  // Without the token the same address answers 401.
  expect((await request.get(response.url())).status()).toBe(401);
  // The preview is drawn in the page by pdf.js (no PDF plugin, so the same under Electron): the page canvas shows the
  // card, and its QR read back from the screen pixels is the QR of the PDF itself.
  await expect(page.getByTestId('card-preview-frame')).toHaveAttribute('data-state', 'ready');
  const pages = page.getByTestId('card-preview-frame-page');
  // Front and back, as in the PDF.
  await expect(pages).toHaveCount(2);
  const shown = pages.first();
  await expect(shown).toHaveAccessibleName('Bản xem trước thẻ BHYT dạng PDF, trang 1/2');
  const pdfQr = decodeQrFromPng(await rasterize(new Uint8Array(await pdf.body()), 1, 300));
  expect(pdfQr).not.toBeNull();
  expect(decodeQrFromPng(await shown.screenshot())).toBe(pdfQr);
  expect(consoleProblems).toEqual([]);
  await snap(page, 'card-preview');
  await expectAccessible(page);
  await page.getByTestId('card-preview-close').click();
  await expect(page.getByTestId('card-preview-frame')).toHaveCount(0);
  expect(lp.jobs()).toHaveLength(0);

  // First print: copy 1 to the CUPS queue, and a slip on the receipt printer.
  const before = (await receipts(request)).length;
  await page.getByTestId('card-print').click();
  await expect(page.getByTestId('card-print-outcome')).toContainText('Đã in thẻ BHYT của bạn.');
  await expect(page.getByTestId('card-print-outcome')).toContainText('quầy trả kết quả');
  expect(lp.jobs()).toEqual(['job-1.pdf']);
  expect(lp.jobArgs(1).slice(0, 6)).toEqual(['-d', QUEUE, '-o', 'media=Custom.53.98x85.6mm', '-o', 'orientation-requested=4']);
  const job1 = await lp.jobText(1);
  expect(job1).toContain('Họ và tên: NGUYỄN THỊ LAN ANH');
  expect(job1).not.toContain('BẢN IN LẠI');
  await expect.poll(async () => (await receipts(request)).length).toBe(before + 1);
  const slip1 = (await receipts(request)).at(-1);
  expect(slip1?.text).toContain(`BHYT-CARD:${LAN_ANH}:1`);
  await saveReceiptPng(request, host, slip1, 'receipt-card-print');
  await snap(page, 'card-printed');
  await expectAccessible(page);

  // Second print: a reprint, copy 2, marked on the card and on the slip.
  await page.getByTestId('card-print').click();
  await expect(page.getByTestId('card-print-outcome')).toContainText('Đã in lại thẻ BHYT của bạn (bản in lại số 2).');
  expect(lp.jobs()).toEqual(['job-1.pdf', 'job-2.pdf']);
  const job2 = await lp.jobText(2);
  expect(job2).toContain('BẢN IN LẠI – SỐ 2');
  await expect.poll(async () => (await receipts(request)).length).toBe(before + 2);
  const slip2 = (await receipts(request)).at(-1);
  expect(slip2?.text).toContain(`BHYT-CARD:${LAN_ANH}:2`);
  await saveReceiptPng(request, host, slip2, 'receipt-card-reprint');
  await snap(page, 'card-reprinted');
});

test('the citizen is told when the card printer fails or the slip printer is out of paper', async ({ page, request }) => {
  await openCard(page);

  lp.jam(true);
  await page.getByTestId('card-print').click();
  await expect(page.getByTestId('card-print-error')).toHaveText(
    'Máy in thẻ đang gặp sự cố nên chưa in được thẻ. Vui lòng thử lại sau ít phút hoặc liên hệ cán bộ.',
  );
  await snap(page, 'card-print-failed');
  await expectAccessible(page);
  lp.jam(false);

  const before = (await receipts(request)).length;
  await printerState(request, { paper: 'out' });
  await page.getByTestId('card-print').click();
  await expect(page.getByTestId('card-print-outcome')).toContainText('bản in lại số 3');
  await expect(page.getByTestId('card-print-outcome')).toContainText('Máy in phiếu đã hết giấy');
  await snap(page, 'card-print-paper-out');
  await expectAccessible(page);
  expect(existsSync(lp.jobPath(3))).toBe(true);
  // The card is printed already, so its slip waits for paper instead of being dropped.
  await printerState(request, { paper: 'ok' });
  await expect.poll(async () => (await receipts(request)).length).toBe(before + 1);
  expect((await receipts(request)).at(-1)?.text).toContain(`BHYT-CARD:${LAN_ANH}:3`);

  // A stopped queue (#17): lp takes the job, CUPS holds it; the citizen is not told the card was printed, the job is
  // cancelled and no copy is taken (the next print would still be copy 4).
  lp.stopQueue(true);
  try {
    await page.getByTestId('card-print').click();
    await expect(page.getByTestId('card-print-error')).toHaveText(
      'Máy in thẻ đang tạm dừng nên thẻ chưa được in. Vui lòng báo cán bộ tại quầy.',
    );
    await expect(page.getByTestId('card-print-outcome')).toHaveCount(0);
    expect(lp.cancelled()).toEqual([`${QUEUE}-4`]);
    await snap(page, 'card-print-queue-stopped');
    await expectAccessible(page);
  } finally {
    lp.stopQueue(false);
  }
  expect((await receipts(request)).length).toBe(before + 1);
});

test('a preview that cannot be drawn says so instead of showing an empty box', async ({ page }) => {
  await openCard(page);
  // The bytes arrive damaged (what a cut connection or a full disk would give): pdf.js refuses them.
  await page.route('**/card-preview/**', (route) =>
    route.fulfill({ status: 200, contentType: 'application/pdf', body: '%PDF-1.7\nnot really a PDF\n%%EOF\n' }),
  );
  await page.getByTestId('card-preview').click();
  await expect(page.getByTestId('card-preview-frame')).toHaveAttribute('data-state', 'failed');
  await expect(page.getByTestId('card-preview-frame-error')).toHaveText(
    'Không hiển thị được tài liệu. Vui lòng thử lại hoặc hỏi cán bộ tại quầy.',
  );
  await expect(page.getByTestId('card-preview-frame-page')).toHaveCount(0);
  await snap(page, 'card-preview-failed');
  await expectAccessible(page);
});
