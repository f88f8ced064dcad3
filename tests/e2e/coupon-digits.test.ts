import type { Browser, Page } from 'playwright-core';
import { launchBrowser, openApp, phonePage, screenshot } from '../support/browser';

let browser: Browser;
beforeAll(async () => (browser = await launchBrowser()));
afterAll(() => browser?.close());

const digitsOf = async (page: Page, selector: string, length: number) => {
  await page.waitForFunction(
    ([css, n]) => (document.querySelector(css as string)?.textContent ?? '').replace(/\s/g, '').length === n,
    [selector, length] as const,
    { timeout: 30_000 },
  );
  return (await page.locator(selector).innerText()).replace(/\s/g, '');
};

describe('issue 18 in Chromium: digits under the coupon QR, 会员查询 before typing', () => {
  test('a clerk types the digits under a coupon’s QR and the purchase opens with that coupon', async () => {
    const member = await phonePage(browser);
    await openApp(member);
    await member.locator('.demo-login-new').click();
    await member.locator('.member-points').waitFor({ timeout: 30_000 });
    await openApp(member, '/pages/coupons/index');
    await member.locator('.coupon-card-welcome').click();
    const digits = await digitsOf(member, '.coupon-code-digits', 31);
    expect(digits).toMatch(/^2\d{30}$/);
    const shown = await member.locator('.coupon-code-digits').innerText();
    expect(shown.replace(/\s+/g, ' ')).toMatch(/^(\d{4} ){7}\d{3}$/);
    await screenshot(member, '46-member-coupon-digits-375');

    const staff = await phonePage(browser);
    await openApp(staff);
    await staff.locator('.demo-login-staff-s001').click();
    await staff.locator('.scan-input input').fill(shown.replace(/\s+/g, ' '));
    await staff.locator('.scan-submit').click();
    await staff.locator('.scan-coupon-title').waitFor({ timeout: 30_000 });
    await expect(staff.locator('.scan-coupon-status').innerText()).resolves.toBe('可使用');
    await screenshot(staff, '47-staff-coupon-digits-375');

    await openApp(member, '/pages/card/index');
    const code = await digitsOf(member, '.member-code-digits', 35);
    await staff.locator('.scan-input input').fill(code);
    await staff.locator('.scan-submit').click();
    await staff.locator('.scan-pending-coupon').waitFor({ timeout: 30_000 });
    await expect(staff.locator('.scan-pending-coupon').innerText()).resolves.toContain('新人首杯免费');
    await member.context().close();
    await staff.context().close();
  });

  test('会员查询 lists who joined last before anything is typed, at desk width and on a phone', async () => {
    const desk = await browser.newPage({ viewport: { width: 1280, height: 800 }, locale: 'zh-CN' });
    await openApp(desk);
    await desk.locator('.demo-login-marketer').click();
    await desk.locator('.marketer-open-campaigns').waitFor({ timeout: 30_000 });
    await openApp(desk, '/marketer/members/index');
    await desk.locator('.members-recent .member-row').first().waitFor({ timeout: 30_000 });
    expect(await desk.locator('.members-recent .member-row').count()).toBeGreaterThanOrEqual(3);
    await screenshot(desk, '48-marketer-members-recent-1280');
    await desk.locator('.members-recent .member-row').first().click();
    await desk.locator('.member-tab-levels').click();
    await desk.locator('.level-change-reason').first().waitFor({ timeout: 30_000 });
    await expect(desk.locator('.level-change-reason').first().innerText()).resolves.toBe('注册');
    await screenshot(desk, '49-marketer-member-levels-1280');

    const phone = await phonePage(browser);
    await openApp(phone);
    await phone.locator('.demo-login-marketer').click();
    await phone.locator('.marketer-open-campaigns').waitFor({ timeout: 30_000 });
    await openApp(phone, '/marketer/members/index');
    await phone.locator('.members-recent .member-row').first().waitFor({ timeout: 30_000 });
    await screenshot(phone, '48-marketer-members-recent-375');
    await desk.close();
    await phone.context().close();
  });
});
