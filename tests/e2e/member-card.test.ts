import type { Browser } from 'playwright-core';
import { scanResponse } from '@app/shared';
import { decodeQr, launchBrowser, openApp, phonePage, screenshot } from '../support/browser';
import { call, login } from '../support/http';

let browser: Browser;
beforeAll(async () => (browser = await launchBrowser()));
afterAll(() => browser?.close());

describe('the H5 mini-program in Chromium', () => {
  let memberCode = '';
  let nickname = '';

  test('a new member logs in and sees the card: level badge and a QR code that decodes to a code the store accepts', async () => {
    const page = await phonePage(browser);
    await openApp(page);
    await screenshot(page, '01-login');
    await page.locator('.demo-login-new').click();
    await page.locator('.member-qr').waitFor({ state: 'visible', timeout: 30_000 });
    await page.waitForFunction(
      () => (document.querySelector('.member-code-digits')?.textContent ?? '').replace(/\s/g, '').length === 35,
    );
    await page.waitForTimeout(500);
    await expect(page.locator('.level-card .level-badge').innerText()).resolves.toContain('普通会员');
    nickname = (await page.locator('.member-nickname').innerText()).trim();
    expect(nickname).toMatch(/^会员\d{4}$/);
    await screenshot(page, '02-member-card');

    const decoded = await decodeQr(page, '.member-qr');
    const digits = (await page.locator('.member-code-digits').innerText()).replace(/\s/g, '');
    expect(decoded).toBe(digits);
    memberCode = decoded!;

    const staff = await login('staff-s001');
    const scanned = await call('POST', '/v1/store/scan', { token: staff.token, body: { code: memberCode } });
    expect(scanned.status).toBe(200);
    expect(scanResponse.parse(scanned.body)).toMatchObject({
      kind: 'member',
      member: { nickname, level: { code: 'L1' } },
    });

    await page.locator('.weui-tabbar__item', { hasText: '我的' }).click();
    await page.locator('.profile-member-no').waitFor();
    await screenshot(page, '03-profile');
    await page.context().close();
  });

  test('staff log in, paste the member code and see the member', async () => {
    const page = await phonePage(browser);
    await openApp(page);
    await page.locator('.demo-login-staff-s001').click();
    await page.locator('.scan-input input').waitFor({ timeout: 30_000 });
    await screenshot(page, '04-staff-scan');
    await page.locator('.scan-input input').fill(memberCode);
    await page.locator('.scan-submit').click();
    await page.locator('.scan-result').waitFor({ timeout: 15_000 });
    await expect(page.locator('.scan-result').innerText()).resolves.toContain(nickname);
    await expect(page.locator('.scan-discount').innerText()).resolves.toContain('无折扣');
    await screenshot(page, '05-staff-scan-result');

    await page.locator('.scan-input input').fill('12345');
    await page.locator('.scan-submit').click();
    await page.locator('.scan-error').waitFor();
    await page.context().close();
  });

  test('a silver member sees the 银卡 badge, rights and progress to 金卡', async () => {
    const page = await phonePage(browser);
    await openApp(page);
    await page.locator('.demo-login-demo-member-2').click();
    await page.locator('.member-qr').waitFor({ timeout: 30_000 });
    await expect(page.locator('.level-card .level-badge').innerText()).resolves.toContain('银卡会员');
    await expect(page.locator('.growth-upgrade-text').innerText()).resolves.toContain('金卡会员');
    await expect(page.locator('body').innerText()).resolves.toContain('门店9折');
    await screenshot(page, '06-silver-card');
    await page.context().close();
  });

  test('a marketer sees the console home with the staff invitation form', async () => {
    const page = await phonePage(browser);
    await openApp(page);
    await page.locator('.demo-login-marketer').click();
    await page.locator('.invite-submit').waitFor({ timeout: 30_000 });
    await screenshot(page, '07-marketer-home');
    await page.context().close();
  });
});
