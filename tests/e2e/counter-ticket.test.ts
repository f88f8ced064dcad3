import type { Browser, Page } from 'playwright-core';
import { decodeQr, launchBrowser, openApp, phonePage, screenshot } from '../support/browser';
import { testEnv } from '../support/env';

let browser: Browser;
beforeAll(async () => (browser = await launchBrowser()));
afterAll(() => browser?.close());

/**
 * Moves the counter's business time: every request of `page` to the API carries `X-Clock` (honoured on the local
 * stage only), as if the clerk's phone were `offsetMs` later — no test waits 4 real minutes.
 */
async function clockAhead(page: Page, offsetMs: number) {
  await page.unroute(`${testEnv.apiUrl()}/**`);
  await page.route(`${testEnv.apiUrl()}/**`, (route) =>
    route.continue({
      headers: { ...route.request().headers(), 'x-clock': new Date(Date.now() + offsetMs).toISOString() },
    }),
  );
}

async function memberCode(page: Page): Promise<string> {
  await openApp(page);
  await page.locator('.demo-login-new').click();
  await page.locator('.member-qr').waitFor({ state: 'visible', timeout: 30_000 });
  await page.waitForFunction(
    () => (document.querySelector('.member-code-digits')?.textContent ?? '').replace(/\s/g, '').length === 35,
  );
  await page.waitForTimeout(300);
  return (await decodeQr(page, '.member-qr'))!;
}

describe('the counter ticket in Chromium', () => {
  test('a purchase confirmed 4 minutes after the scan is recorded; the result shows the new balance and level', async () => {
    const member = await phonePage(browser);
    const code = await memberCode(member);

    const staff = await phonePage(browser);
    await openApp(staff);
    await staff.locator('.demo-login-staff-s001').click();
    await staff.locator('.store-name').filter({ hasText: '人民广场店' }).waitFor();
    await screenshot(staff, '18-counter-header-store-name');
    await staff.locator('.scan-input input').fill(code);
    await staff.locator('.scan-submit').click();
    await staff.locator('.purchase-open').click();
    await staff.locator('.purchase-member__nickname').waitFor();

    // The clerk serves the queue: 4 minutes pass (the code itself lived 60 s).
    await clockAhead(staff, 4 * 60_000);
    await staff.locator('.purchase-amount input').fill('86');
    await staff.locator('.purchase-receipt input').fill(`E2ET${Date.now()}`);
    await staff.locator('.purchase-preview-button').click();
    await staff.locator('.purchase-preview').waitFor({ timeout: 15_000 });
    await staff.locator('.purchase-confirm').click();
    await staff.locator('.purchase-result').waitFor({ timeout: 15_000 });
    await expect(staff.locator('.purchase-result-points').innerText()).resolves.toContain('86');
    await expect(staff.locator('.purchase-result-balance').innerText()).resolves.toContain('积分余额 86');
    await expect(staff.locator('.purchase-result-balance').innerText()).resolves.toContain('普通会员');
    await screenshot(staff, '18-counter-result-balance');
    await member.context().close();
    await staff.context().close();
  });

  test('after 5 minutes the ticket is refused and the counter asks for a new code', async () => {
    const member = await phonePage(browser);
    const code = await memberCode(member);
    const staff = await phonePage(browser);
    await openApp(staff);
    await staff.locator('.demo-login-staff-s001').click();
    await staff.locator('.scan-input input').fill(code);
    await staff.locator('.scan-submit').click();
    await staff.locator('.purchase-open').click();
    await staff.locator('.purchase-member__nickname').waitFor();
    await clockAhead(staff, 5 * 60_000 + 5000);
    await staff.locator('.purchase-amount input').fill('20');
    await staff.locator('.purchase-receipt input').fill(`E2EX${Date.now()}`);
    await staff.locator('.purchase-preview-button').click();
    await staff.locator('.purchase-code-problem').waitFor({ timeout: 15_000 });
    await screenshot(staff, '18-counter-ticket-expired');
    await member.context().close();
    await staff.context().close();
  });
});
