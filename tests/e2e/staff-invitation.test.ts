import type { Browser } from 'playwright-core';
import { decodeQr, launchBrowser, openApp, phonePage, screenshot } from '../support/browser';

let browser: Browser;
beforeAll(async () => (browser = await launchBrowser()));
afterAll(() => browser?.close());

describe('staff invitations in Chromium', () => {
  test('a marketer invites to 陆家嘴店; the new employee scans the QR, logs in and lands at that counter', async () => {
    const marketer = await phonePage(browser);
    await openApp(marketer);
    await marketer.locator('.demo-login-marketer').click();
    await marketer.locator('.invite-store-S002').click({ timeout: 30_000 });
    await marketer.locator('.invite-name input').fill('吴新人');
    await marketer.locator('.invite-submit').click();
    await marketer.locator('.invite-qr').waitFor({ timeout: 15_000 });
    await marketer.locator('.invite-result').scrollIntoViewIfNeeded();
    await screenshot(marketer, '18-marketer-invite-staff');
    const link = (await decodeQr(marketer, '.invite-qr'))!;
    expect(link).toMatch(/#\/store\/join\/index\?invitation=[A-HJ-NP-Z2-9]{12}$/);

    const employee = await phonePage(browser);
    await employee.goto(link);
    await employee.locator('.join-accept').waitFor({ timeout: 30_000 });
    await screenshot(employee, '18-staff-join');
    await employee.locator('.join-accept').click();
    await employee.locator('.store-name').filter({ hasText: '陆家嘴店' }).waitFor({ timeout: 15_000 });

    // The invitation was for one person.
    const late = await phonePage(browser);
    await late.goto(link);
    await late.locator('.join-accept').click({ timeout: 30_000 });
    await expect(late.locator('.join-error').innerText()).resolves.toContain('已被使用');
    for (const page of [marketer, employee, late]) await page.context().close();
  });
});
