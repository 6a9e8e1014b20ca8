/**
 * The lookup form filled for the demo citizen Trần Văn Đức (born 2/11/1985) and submitted, as the e2e specs and the
 * session bench all do it: the name typed without diacritics (the lookup folds them), the on-screen keyboard closed,
 * the birth date picked. Callers wait for and check the result themselves. Plain Playwright, so the bench can use it.
 */
import type { Page } from '@playwright/test';

export async function submitLookupForDuc(page: Page, typedName = 'tran van duc'): Promise<void> {
  await page.getByLabel('Họ và tên *').fill(typedName);
  await page.keyboard.press('Escape');
  await page.getByTestId('lookup-dob-year').selectOption('1985');
  await page.getByTestId('lookup-dob-month').selectOption('11');
  await page.getByTestId('lookup-dob-day').selectOption('2');
  await page.getByTestId('lookup-submit').click();
}
