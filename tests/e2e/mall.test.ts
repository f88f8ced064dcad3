import type { Browser } from 'playwright-core';
import { decodeQr, launchBrowser, openApp, phonePage, screenshot } from '../support/browser';

let browser: Browser;
beforeAll(async () => (browser = await launchBrowser()));
afterAll(() => browser?.close());

describe('the points mall in Chromium: redeem, hand out at the counter, see it completed', () => {
  test('银卡 member redeems 咖啡滤纸 for 100 points and sees the pickup code; staff scan it and hand it out; the member sees 已领取', async () => {
    const member = await phonePage(browser);
    await openApp(member);
    await member.locator('.demo-login-demo-member-2').click();
    await member.locator('.member-points').waitFor({ timeout: 30_000 });
    await openApp(member, '/pages/mall/index');
    await member.locator('.mall-item-demo-filter').waitFor({ timeout: 15_000 });
    const balanceBefore = Number((await member.locator('.mall-balance').innerText()).replace(/\D/g, ''));
    expect(balanceBefore).toBeGreaterThanOrEqual(100);
    await screenshot(member, '30-member-mall');

    await member.locator('.mall-item-demo-filter').click();
    await member.locator('.mall-redeem').waitFor({ timeout: 15_000 });
    await screenshot(member, '31-member-mall-item');
    await member.locator('.mall-redeem').click();
    await member.locator('.redeem-sheet').waitFor();
    await expect(member.locator('.redeem-total-points').innerText()).resolves.toContain('100');
    await screenshot(member, '32-member-redeem-sheet');
    await member.locator('.redeem-confirm').click();

    await member.locator('.pickup-code-digits').waitFor({ timeout: 15_000 });
    const pickupCode = (await member.locator('.pickup-code-digits').innerText()).replace(/\s/g, '');
    expect(pickupCode).toMatch(/^\d{8}$/);
    await expect(member.locator('.order-status').innerText()).resolves.toContain('待领取');
    await member.waitForTimeout(300);
    expect(await decodeQr(member, '.pickup-qr')).toBe(pickupCode);
    await screenshot(member, '33-member-order-pickup-code');

    const staff = await phonePage(browser);
    await openApp(staff);
    await staff.locator('.demo-login-staff-s002').click();
    await staff.locator('.scan-input input').fill(pickupCode);
    await staff.locator('.scan-submit').click();
    await staff.locator('.scan-order').waitFor({ timeout: 15_000 });
    await expect(staff.locator('.scan-order-item').innerText()).resolves.toContain('咖啡滤纸');
    await screenshot(staff, '34-staff-scan-pickup');
    await staff.locator('.handout-confirm').click();
    await staff.locator('.handout-done').waitFor({ timeout: 15_000 });
    await screenshot(staff, '35-staff-handed-out');

    // The order page reads the order again while it waits for pickup.
    await member.locator('.order-status').filter({ hasText: '已领取' }).waitFor({ timeout: 30_000 });
    await screenshot(member, '36-member-order-completed');
    await openApp(member, '/pages/orders/index');
    await member.locator('.order-row--completed').first().waitFor({ timeout: 15_000 });

    await openApp(staff, '/store/activity/index');
    await staff.locator('.activity-handout').first().waitFor({ timeout: 15_000 });
    await expect(staff.locator('.activity-handout__title').first().innerText()).resolves.toContain('咖啡滤纸 ×1');
    await member.context().close();
    await staff.context().close();
  });
});
