import { expect, test } from './fixtures/host';
import { expectAccessible, snap } from './fixtures/screens';
import type { Page } from '@playwright/test';

test.use({ hostKey: 'public' });

async function openTile(page: Page, launchUrl: string, tile: string): Promise<void> {
  await page.goto(launchUrl);
  await expect(page.locator('html[data-ready="true"]')).toBeAttached();
  await page.getByTestId(`tile-${tile}`).click();
}

/** Every visible button, link, select and text input is at least 48 × 48 px. */
async function expectTouchTargets(page: Page): Promise<void> {
  const small = await page.evaluate(() =>
    [
      ...document.querySelectorAll<HTMLElement>(
        'button, a[href], select, input:not([type=radio]), textarea, summary, label:has(input[type=radio])',
      ),
    ]
      .filter((el) => el.offsetParent !== null)
      .map((el) => ({ el: el.dataset.testid ?? el.textContent?.slice(0, 30) ?? el.tagName, r: el.getBoundingClientRect() }))
      .filter(({ r }) => r.height < 48 || r.width < 48)
      .map(({ el, r }) => `${el} ${Math.round(r.width)}×${Math.round(r.height)}`),
  );
  expect(small).toEqual([]);
}

test.describe('Tự phục vụ không cần đăng nhập', () => {
  test('home shows a tile for every public service', async ({ page, host }) => {
    await page.goto(host.launchUrl);
    await expect(page.locator('html[data-ready="true"]')).toBeAttached();
    for (const tile of ['offices', 'facilities', 'employers', 'collectionPoints', 'faq', 'feedback', 'news']) {
      await expect(page.getByTestId(`tile-${tile}`)).toBeVisible();
    }
    await snap(page, 'public-home');
    await expectTouchTargets(page);
  });

  test('offices in Hà Nội → details with a QR image and the offline map', async ({ page, host }) => {
    await openTile(page, host.launchUrl, 'offices');
    await expect(page.getByRole('heading', { name: 'Tra cứu cơ quan BHXH' })).toBeVisible();
    await page.getByLabel('Tỉnh/thành phố').selectOption({ label: 'Thành phố Hà Nội' });
    await page.getByTestId('offices-submit').click();
    await expect(page.getByTestId('offices-results')).toContainText('Bảo hiểm xã hội Thành phố Hà Nội');
    await snap(page, 'public-offices-list');
    await expectAccessible(page);
    await expectTouchTargets(page);
    await page.getByTestId('office-BHXH-01').click();
    const qr = page.getByTestId('office-qr');
    await expect(qr).toBeVisible();
    // The image really decoded (a broken data: URL has naturalWidth 0).
    expect(await qr.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);
    await expect(page.getByTestId('office-map')).toBeVisible();
    await expect(page.getByTestId('office-map-marker')).toBeAttached();
    // Directions a person can use, not raw coordinates (issue #17).
    await expect(page.getByTestId('office-detail')).not.toContainText('Tọa độ');
    await expect(page.getByTestId('office-directions')).toContainText('Cách đến');
    await expect(page.getByTestId('office-directions')).toContainText('Hoặc đưa địa chỉ này cho xe ôm, taxi: Số 40 Võ Thị Sáu');
    await snap(page, 'public-office-detail');
    await expectAccessible(page);
    await expectTouchTargets(page);
    await page.getByTestId('office-back').click();
    await expect(page.getByTestId('offices-results')).toBeVisible();
  });

  test('facilities: search by code, then switch to the sick-leave list', async ({ page, host }) => {
    await openTile(page, host.launchUrl, 'facilities');
    await page.getByLabel('Mã cơ sở KCB').fill('01001');
    await page.getByTestId('facilities-submit').click();
    await expect(page.getByTestId('facilities-results').locator('li')).toHaveCount(1);
    await expect(page.getByTestId('facilities-results')).toContainText('01001');
    await snap(page, 'public-facilities-code');
    await expectAccessible(page);
    await expectTouchTargets(page);
    await page.getByLabel('Mã cơ sở KCB').fill('');
    await page.getByLabel('Tên (có dấu hoặc không dấu)').fill('benh vien da khoa');
    await page.getByTestId('facility-list-sick-leave').check();
    await page.getByTestId('facilities-submit').click();
    await expect(page.getByTestId('facilities-results')).toContainText('Bệnh viện Đa khoa');
    await snap(page, 'public-facilities-sick-leave');
  });

  test('employers by name without diacritics, paginated', async ({ page, host }) => {
    await openTile(page, host.launchUrl, 'employers');
    await page.getByTestId('employers-submit').click();
    await expect(page.getByTestId('employers-results').locator('li')).toHaveCount(10);
    await page.getByTestId('employers-results-next').click();
    await expect(page.getByText('Kết quả 11–')).toBeVisible();
    await page.getByLabel('Tên (có dấu hoặc không dấu)').fill('cong ty');
    await page.getByTestId('employers-submit').click();
    await expect(page.getByTestId('employers-results').locator('li').first()).toContainText('Công ty');
    await snap(page, 'public-employers');
    await expectAccessible(page);
    await expectTouchTargets(page);
  });

  test('collection points in Hà Nội', async ({ page, host }) => {
    await openTile(page, host.launchUrl, 'collectionPoints');
    await page.getByLabel('Tỉnh/thành phố').selectOption({ label: 'Thành phố Hà Nội' });
    await page.getByLabel('Loại').selectOption({ label: 'Điểm thu' });
    await page.getByLabel('Tên (có dấu hoặc không dấu)').fill('buu dien');
    await page.getByTestId('points-submit').click();
    await expect(page.getByTestId('points-results').locator('li').first()).toContainText('Điểm thu Bưu điện');
    await snap(page, 'public-collection-points');
    await expectAccessible(page);
    await expectTouchTargets(page);
  });

  test('FAQ search and the assistant, answered and honest "do not know"', async ({ page, host }) => {
    await openTile(page, host.launchUrl, 'faq');
    await expect(page.getByText('1900 9068').first()).toBeVisible();
    await page.getByLabel('Lọc câu hỏi').fill('mat khau');
    await expect(page.getByTestId('faq-list')).toContainText('Quên mật khẩu VssID thì làm thế nào?');
    await page.getByLabel('Câu hỏi của bạn').fill('quên mật khẩu vssid');
    await page.getByTestId('ask-submit').click();
    await expect(page.getByTestId('ask-answer')).toContainText('OTP');
    await snap(page, 'public-faq-answered');
    await expectAccessible(page);
    await expectTouchTargets(page);
    await page.getByLabel('Câu hỏi của bạn').fill('giá vàng hôm nay');
    await page.getByTestId('ask-submit').click();
    await expect(page.getByTestId('ask-unknown')).toContainText('Xin lỗi, tôi chưa có câu trả lời cho câu hỏi này');
    await expect(page.getByTestId('ask-unknown')).toContainText('1900 9068');
    await snap(page, 'public-faq-unknown');
    await expectAccessible(page);
  });

  test('feedback: empty and too long are refused keeping the text; a valid one is stored', async ({ page, host }) => {
    await openTile(page, host.launchUrl, 'feedback');
    await expect(page.getByTestId('feedback-contact')).toContainText('hotro@vss.gov.vn');
    await page.getByTestId('feedback-submit').click();
    await expect(page.getByTestId('feedback-error')).toHaveText('Vui lòng nhập nội dung phản ánh.');
    const long = 'Thủ tục cấp lại thẻ còn chậm. '.repeat(80);
    await page.getByLabel('Nội dung *').fill(long);
    await page.getByTestId('feedback-submit').click();
    await expect(page.getByTestId('feedback-error')).toContainText('Nội dung quá dài: tối đa 2000 ký tự');
    await expect(page.getByLabel('Nội dung *')).toHaveValue(long);
    await snap(page, 'public-feedback-too-long');
    await expectAccessible(page);
    await page.getByLabel('Chủ đề *').selectOption({ label: 'Thái độ phục vụ' });
    await page.getByLabel('Nội dung *').fill('Cán bộ hướng dẫn rất tận tình, cảm ơn!');
    await page.getByLabel('Số điện thoại di động để nhận phản hồi (không bắt buộc)').fill('0912345678');
    await page.getByTestId('feedback-submit').click();
    await expect(page.getByTestId('feedback-sent')).toContainText('đã được ghi nhận');
    await snap(page, 'public-feedback-sent');
    await expectAccessible(page);
    await expectTouchTargets(page);
    // Neither the message nor the phone number reaches the host log.
    expect(host.logs()).not.toContain('tận tình');
    expect(host.logs()).not.toContain('0912345678');
  });

  test('news lists the seeded announcements, pinned first', async ({ page, host }) => {
    await openTile(page, host.launchUrl, 'news');
    const items = page.getByTestId('news-list').locator('li');
    await expect(items).toHaveCount(3);
    await expect(items.first()).toContainText('Quan trọng');
    await expect(items.first()).toContainText('Kiosk tự phục vụ đã hoạt động');
    await snap(page, 'public-news');
    await expectAccessible(page);
    await expectTouchTargets(page);
  });
});
