import type { Browser } from 'playwright-core';
import { decodeQr, launchBrowser, openApp, phonePage, screenshot } from '../support/browser';

let browser: Browser;
beforeAll(async () => (browser = await launchBrowser()));
afterAll(() => browser?.close());

const run = Date.now().toString(36).toUpperCase();

describe('the product list in Chromium', () => {
  test('the marketer imports a CSV, reads the report, hides a product; at a desk the page has 返回', async () => {
    const phone = await phonePage(browser);
    await openApp(phone);
    await phone.locator('.demo-login-marketer').click();
    await phone.locator('.marketer-open-products').click();
    // The seed's coffee-chain products are there.
    await phone.locator('.product-row-LATTE-M').waitFor({ timeout: 30_000 });
    await screenshot(phone, '18-products-list');
    await phone
      .locator('.product-import-csv textarea')
      .fill(`编码,名称,分类,售价,成本\nE2E${run},桂花拿铁,咖啡,30,8\nBAD ${run},坏编码,咖啡,30,\n`);
    await phone.locator('.product-import-submit').click();
    await phone.locator('.product-import-summary').waitFor({ timeout: 15_000 });
    await expect(phone.locator('.product-import-summary').innerText()).resolves.toBe(
      '新增 1 · 更新 0 · 无变化 0 · 未导入 1',
    );
    await expect(phone.locator('.product-import-line').nth(1).innerText()).resolves.toContain('未导入');
    await phone.locator(`.product-row-E2E${run}`).waitFor();
    await phone.locator('.product-import-report').scrollIntoViewIfNeeded();
    await screenshot(phone, '18-products-import-report');
    await phone.locator(`.product-row-E2E${run} .product-toggle`).click();
    await phone.locator(`.product-row-E2E${run} .product-toggle`).click();
    await phone.locator(`.product-row-E2E${run} .product-state`).filter({ hasText: '已隐藏' }).waitFor();
    await phone.context().close();

    const desk = await browser.newPage({ viewport: { width: 1280, height: 900 }, locale: 'zh-CN' });
    await openApp(desk);
    await desk.locator('.demo-login-marketer').click();
    await desk.locator('.marketer-open-products').click();
    await desk.locator('.product-row-LATTE-M').waitFor({ timeout: 30_000 });
    await desk.locator('.marketer-page-back').waitFor({ state: 'visible' });
    await screenshot(desk, '18-products-1280');
    await desk.locator('.marketer-page-back').click();
    await desk.locator('.marketer-open-products').waitFor({ state: 'visible' });
    await desk.close();
  });

  test('the clerk picks products in 记录消费; the purchase keeps their SKU lines', async () => {
    const member = await phonePage(browser);
    await openApp(member);
    await member.locator('.demo-login-new').click();
    await member.locator('.member-qr').waitFor({ state: 'visible', timeout: 30_000 });
    await member.waitForFunction(
      () => (document.querySelector('.member-code-digits')?.textContent ?? '').replace(/\s/g, '').length === 35,
    );
    await member.waitForTimeout(300);
    const code = (await decodeQr(member, '.member-qr'))!;

    const staff = await phonePage(browser);
    await openApp(staff);
    await staff.locator('.demo-login-staff-s001').click();
    await staff.locator('.scan-input input').fill(code);
    await staff.locator('.scan-submit').click();
    await staff.locator('.purchase-open').click();
    await staff.locator('.purchase-member__nickname').waitFor();
    await staff.locator('.product-picker-open').click();
    await staff.locator('.product-picker-item').first().waitFor({ timeout: 15_000 });
    await staff.locator('.product-picker-search input').fill('拿铁');
    await staff.locator('.product-picker-item').filter({ hasText: '拿铁（中杯）' }).click();
    await staff.locator('.product-picker-item').filter({ hasText: '拿铁（中杯）' }).click();
    await staff.locator('.product-picker-search input').fill('');
    await staff.locator('.product-picker-category').filter({ hasText: '烘焙' }).click();
    await staff.locator('.product-picker-item').filter({ hasText: '黄油可颂' }).click();
    await expect(staff.locator('.purchase-amount input').inputValue()).resolves.toBe('72');
    await screenshot(staff, '18-counter-product-picker');
    await staff.locator('.purchase-receipt input').fill(`E2EP${Date.now()}`);
    await staff.locator('.purchase-preview-button').click();
    await staff.locator('.purchase-preview').waitFor({ timeout: 15_000 });
    await staff.locator('.purchase-confirm').click();
    await staff.locator('.purchase-result').waitFor({ timeout: 15_000 });
    await expect(staff.locator('.purchase-result-points').innerText()).resolves.toContain('72');
    await member.context().close();
    await staff.context().close();
  });
});
