import type { Browser, Page } from 'playwright-core';
import { decodeQr, launchBrowser, openApp, phonePage, screenshot } from '../support/browser';

let browser: Browser;
beforeAll(async () => (browser = await launchBrowser()));
afterAll(() => browser?.close());

async function newMemberCard(page: Page): Promise<string> {
  await openApp(page);
  await page.locator('.demo-login-new').click();
  await page.locator('.member-qr').waitFor({ state: 'visible', timeout: 30_000 });
  await page.waitForFunction(
    () => (document.querySelector('.member-code-digits')?.textContent ?? '').replace(/\s/g, '').length === 35,
  );
  await page.waitForTimeout(300);
  return (await decodeQr(page, '.member-qr'))!;
}

describe('the counter in Chromium: staff record a purchase, the member sees it', () => {
  test('¥500 at the counter earns 500 points (+50 for the first purchase, 待到账) and lifts a new member to 银卡 with the 100-point gift; a refund takes it back', async () => {
    const member = await phonePage(browser);
    const code = await newMemberCard(member);
    expect(code).toMatch(/^\d{35}$/);

    const staff = await phonePage(browser);
    await openApp(staff);
    await staff.locator('.demo-login-staff-s001').click();
    await staff.locator('.scan-input input').fill(code);
    await staff.locator('.scan-submit').click();
    await staff.locator('.purchase-open').click();
    await staff.locator('.purchase-amount input').fill('500');
    const receiptNo = `E2E${Date.now()}`;
    await staff.locator('.purchase-receipt input').fill(receiptNo);
    await staff.locator('.purchase-preview-button').click();
    await staff.locator('.purchase-preview').waitFor({ timeout: 15_000 });
    await expect(staff.locator('.purchase-preview-points').innerText()).resolves.toContain('500');
    await screenshot(staff, '10-staff-purchase-preview');
    await staff.locator('.purchase-confirm').click();
    await staff.locator('.purchase-result').waitFor({ timeout: 15_000 });
    await expect(staff.locator('.purchase-result-points').innerText()).resolves.toContain('500');
    await expect(staff.locator('.purchase-levelup').innerText()).resolves.toContain('银卡会员');
    await screenshot(staff, '11-staff-purchase-result');

    await member.reload();
    await member.locator('.level-card .level-badge').filter({ hasText: '银卡会员' }).waitFor({ timeout: 15_000 });
    await expect(member.locator('.member-points').innerText()).resolves.toContain('600');
    // The first-purchase task's 50 wait for the refund window: shown beside the balance, not in it.
    await expect(member.locator('.member-pending').innerText()).resolves.toContain('待到账 50');
    await screenshot(member, '12-member-card-after-upgrade');
    await member.locator('.member-points').click();
    await member.locator('.points-balance').filter({ hasText: '600' }).waitFor({ timeout: 15_000 });
    await member.locator('.points-row').nth(2).waitFor();
    expect(await member.locator('.points-row').count()).toBe(3);
    await screenshot(member, '13-member-points');

    await openApp(staff, '/store/refund/index');
    await staff.locator('.refund-receipt input').fill(receiptNo);
    await staff.locator('.refund-find').click();
    await staff.locator('.refund-confirm').click();
    await staff.locator('.taro-model__confirm').click();
    await staff.locator('.refund-result').waitFor({ timeout: 15_000 });
    await screenshot(staff, '14-staff-refund-result');

    await openApp(member, '/pages/card/index');
    await member.locator('.level-card .level-badge').filter({ hasText: '普通会员' }).waitFor({ timeout: 15_000 });
    // Refunded in full inside the window: the points go back and the waiting reward is cancelled.
    await expect(member.locator('.member-points').innerText()).resolves.toBe('0');
    expect(await member.locator('.member-pending').count()).toBe(0);
    await member.context().close();
    await staff.context().close();
  });
});
