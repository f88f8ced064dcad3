import type { Browser, Page } from 'playwright-core';
import { launchBrowser, openApp, phonePage, screenshot } from '../support/browser';

let browser: Browser;
beforeAll(async () => (browser = await launchBrowser()));
afterAll(() => browser?.close());

async function memberCode(page: Page): Promise<string> {
  await openApp(page, '/pages/card/index');
  await page.waitForFunction(
    () => (document.querySelector('.member-code-digits')?.textContent ?? '').replace(/\s/g, '').length === 35,
    undefined,
    { timeout: 30_000 },
  );
  return (await page.locator('.member-code-digits').innerText()).replace(/\s/g, '');
}

describe('a push campaign in Chromium: marketer launches it, the member holds the coupon, staff redeem it, the marketer sees it', () => {
  test('满30减5 pushed to 普通会员, used in a ¥40 purchase, counted as redeemed', async () => {
    const member = await phonePage(browser);
    await openApp(member);
    await member.locator('.demo-login-new').click();
    await member.locator('.member-points').waitFor({ timeout: 30_000 });

    const marketer = await browser.newPage({ viewport: { width: 1280, height: 900 }, locale: 'zh-CN' });
    await openApp(marketer);
    await marketer.locator('.demo-login-marketer').click();
    await marketer.locator('.marketer-open-campaigns').waitFor({ timeout: 30_000 });
    await openApp(marketer, '/marketer/campaign-new/index');
    await marketer.locator('.campaign-name input').fill(`E2E 回馈 ${Date.now()}`);
    await marketer.locator('.campaign-kind-push').click();
    await marketer.locator('.campaign-template-tpl-upgrade-l2 .template-row').click();
    await marketer.locator('.audience-level-L1').click();
    await marketer.waitForFunction(
      () => Number((document.querySelector('.audience-count')?.textContent ?? '').replace(/\D/g, '')) >= 1,
      undefined,
      { timeout: 30_000 },
    );
    await screenshot(marketer, '40-marketer-campaign-form');
    await marketer.locator('.campaign-create').click();
    await marketer.locator('.campaign-launch').waitFor({ timeout: 30_000 });
    await marketer.locator('.campaign-launch').click();
    await marketer.locator('.taro-model__confirm').click();
    await marketer.locator('.campaign-status').filter({ hasText: '已完成' }).waitFor({ timeout: 60_000 });
    const issued = Number((await marketer.locator('.campaign-stat-issued').innerText()).replace(/\D/g, ''));
    expect(issued).toBeGreaterThanOrEqual(1);
    await screenshot(marketer, '41-marketer-campaign-launched');

    await openApp(member, '/pages/coupons/index');
    const pushed = member.locator('.coupon-card[data-coupon-id^="c-"]');
    await pushed.first().waitFor({ timeout: 30_000 });
    await expect(pushed.first().locator('.coupon-card-title').innerText()).resolves.toContain('满30减5');
    await screenshot(member, '42-member-wallet');

    const code = await memberCode(member);
    const staff = await phonePage(browser);
    await openApp(staff);
    await staff.locator('.demo-login-staff-s001').click();
    await staff.locator('.scan-input input').fill(code);
    await staff.locator('.scan-submit').click();
    await staff.locator('.purchase-open').click();
    await staff.locator('.purchase-amount input').fill('40');
    await staff.locator('.purchase-receipt input').fill(`E2EC${Date.now()}`);
    await staff.locator('.purchase-coupon[data-coupon-id^="c-"]').first().click();
    await staff.locator('.purchase-preview-button').click();
    await staff.locator('.purchase-preview-coupon').waitFor({ timeout: 15_000 });
    await expect(staff.locator('.purchase-preview-coupon').innerText()).resolves.toContain('5.00');
    await screenshot(staff, '43-staff-purchase-with-coupon');
    await staff.locator('.purchase-confirm').click();
    await staff.locator('.purchase-result-coupon').waitFor({ timeout: 15_000 });
    await screenshot(staff, '44-staff-purchase-result-coupon');

    await marketer.reload();
    await marketer.locator('.campaign-stat-redeemed').filter({ hasText: '1' }).waitFor({ timeout: 30_000 });
    await expect(marketer.locator('.campaign-stat-discount').innerText()).resolves.toContain('5.00');
    await screenshot(marketer, '45-marketer-campaign-results');
    await member.context().close();
    await staff.context().close();
    await marketer.close();
  });
});
