import type { Browser } from 'playwright-core';
import { launchBrowser, openApp, phonePage, screenshot } from '../support/browser';

let browser: Browser;
beforeAll(async () => (browser = await launchBrowser()));
afterAll(() => browser?.close());

describe('绑定手机号 in the H5 demo', () => {
  test('the sheet sits above the tab bar and every button of it responds to a tap', async () => {
    const page = await phonePage(browser);
    await openApp(page);
    await page.locator('.demo-login-new').click();
    await page.locator('.member-qr').waitFor({ state: 'visible', timeout: 30_000 });
    await openApp(page, '/pages/profile/index');
    await page.locator('.profile-bind-phone').click();
    const sheet = page.locator('.bind-phone-sheet__card');
    await sheet.waitFor({ state: 'visible' });
    // Nothing covers the sheet's bottom edge (the tab bar used to).
    const box = (await sheet.boundingBox())!;
    const viewport = page.viewportSize()!;
    expect(box.y + box.height).toBeLessThanOrEqual(viewport.height + 1);
    await screenshot(page, '18-bind-phone-sheet');
    // Playwright taps only what receives the tap: a button under the tab bar would fail here.
    await page.locator('.bind-phone-cancel').click();
    await sheet.waitFor({ state: 'detached' });
    await page.locator('.profile-bind-phone').click();
    await page.locator('.bind-phone-input input').click();
    await page.locator('.bind-phone-input input').fill(`139${String(Date.now()).slice(-8)}`);
    await page.locator('.bind-phone-submit').click();
    await sheet.waitFor({ state: 'detached', timeout: 15_000 });
    await page.locator('.profile-bind-phone').waitFor({ state: 'detached', timeout: 15_000 });
    await expect(page.locator('.profile-phone').innerText()).resolves.toMatch(/139\*{4}\d{4}/);
    await page.context().close();
  });
});
