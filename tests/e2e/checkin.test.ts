import type { Browser } from 'playwright-core';
import { launchBrowser, openApp, phonePage, screenshot } from '../support/browser';

let browser: Browser;
beforeAll(async () => (browser = await launchBrowser()));
afterAll(() => browser?.close());

test('a member checks in on the H5 build: points and streak change, a second tap is already done, the badge wall shows 初来乍到', async () => {
  const page = await phonePage(browser);
  await openApp(page);
  await page.locator('.demo-login-new').click();
  await page.locator('.member-qr').waitFor({ timeout: 30_000 });
  await expect(page.locator('.member-points').innerText()).resolves.toContain('0');
  await page.locator('.card-open-checkin').click();
  await page.locator('.checkin-button').waitFor({ timeout: 15_000 });
  await screenshot(page, '20-checkin-before');
  await page.locator('.checkin-button').click();
  await page.locator('.checkin-points-anim').waitFor({ timeout: 15_000 });
  await expect(page.locator('.checkin-points-anim').innerText()).resolves.toContain('5');
  await page.locator('.checkin-done').waitFor();
  await expect(page.locator('.checkin-streak').innerText()).resolves.toContain('1');
  expect(await page.locator('.checkin-day--checked').count()).toBe(1);
  await screenshot(page, '21-checkin-after');
  // A new badge may be announced in a dialog first.
  const dialog = page.locator('.taro-model__cancel:visible');
  if (await dialog.count()) await dialog.first().click();
  await page.locator('.checkin-done').click();
  await page.locator('.checkin-message').filter({ hasText: '今天已经签到过了' }).waitFor({ timeout: 10_000 });

  await openApp(page, '/pages/badges/index');
  await page.locator('.badge-item--earned').filter({ hasText: '初来乍到' }).waitFor({ timeout: 15_000 });
  await screenshot(page, '22-badges');
  await openApp(page, '/pages/card/index');
  await page.locator('.member-points').filter({ hasText: '15' }).waitFor({ timeout: 15_000 }); // 5 + the first-check-in task's 10
  await page.context().close();
});
