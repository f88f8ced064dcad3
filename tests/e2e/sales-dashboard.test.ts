import type { Browser, Page } from 'playwright-core';
import { launchBrowser, openApp, phonePage, screenshot } from '../support/browser';
import { call, login, newOpenid } from '../support/http';

let browser: Browser;
beforeAll(async () => (browser = await launchBrowser()));
afterAll(() => browser?.close());

/** How many pixels of a chart's canvas are painted (0: not drawn). */
const painted = (page: Page, id: string) =>
  page.evaluate((chartId) => {
    const host = document.querySelector(`#${chartId}`);
    const canvas = (host?.tagName === 'CANVAS' ? host : host?.querySelector('canvas')) as HTMLCanvasElement | null;
    if (!canvas || canvas.width === 0) return 0;
    const data = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height).data;
    let count = 0;
    for (let i = 3; i < data.length; i += 4) if (data[i]! > 0) count++;
    return count;
  }, id);

describe('seed-001 analytics on the dashboard in Chromium (issue 19)', () => {
  test('a purchase with SKU lines appears by SKU, in the staff ranking and by home store, at desk and phone width', async () => {
    const member = await login(newOpenid('sales-e2e'));
    const staff = await login('staff-s001');
    const code = (await call('GET', '/v1/me/code', { token: member.token })).body.code;
    const sku = `E2E-${Date.now().toString(36).toUpperCase()}`;
    const bought = await call('POST', '/v1/store/purchases', {
      token: staff.token,
      body: {
        memberCode: code,
        receiptNo: `E2ESA${Date.now().toString(36).toUpperCase()}`,
        amountFen: 5600,
        items: [
          { sku, quantity: 2, unitPriceFen: 1800 },
          { sku: '可颂', quantity: 2, unitPriceFen: 1000 },
        ],
      },
    });
    expect(bought.status).toBe(201);

    const desk = await browser.newPage({ viewport: { width: 1280, height: 900 }, locale: 'zh-CN' });
    await openApp(desk);
    await desk.locator('.demo-login-marketer').click();
    await desk.locator('.marketer-open-dashboard').waitFor({ timeout: 30_000 });
    // The statistics follow the stream a moment behind the purchase: open the dashboard until the SKU is there.
    const skuRow = desk.locator(`.sku-row[data-sku="${sku}"]`);
    for (let attempt = 0; attempt < 20 && !(await skuRow.count()); attempt++) {
      await openApp(desk, '/marketer/dashboard/index');
      await desk.locator('.sales-sections').waitFor({ timeout: 30_000 });
      if (!(await skuRow.count())) await desk.waitForTimeout(1500);
    }
    await expect(skuRow.innerText()).resolves.toContain('¥36.00');
    await expect(desk.locator('.staff-rank-row[data-staff="staff-s001"]').innerText()).resolves.toContain('人民广场店');
    await expect(desk.locator('.home-store-row-S001').innerText()).resolves.toMatch(/\d/);
    await desk.locator('#chart-skus').first().waitFor({ timeout: 30_000 });
    await desk.waitForTimeout(800);
    expect(await painted(desk, 'chart-skus')).toBeGreaterThan(300);
    await desk.locator('.dashboard-block-skus').scrollIntoViewIfNeeded();
    await screenshot(desk, '190-sales-dashboard-1280');
    await desk.locator('.dashboard-block-spend-drop').scrollIntoViewIfNeeded();
    await screenshot(desk, '191-sales-home-stores-spend-drop-1280');

    const phone = await phonePage(browser);
    await openApp(phone);
    await phone.locator('.demo-login-marketer').click();
    await phone.locator('.marketer-open-dashboard').waitFor({ timeout: 30_000 });
    await openApp(phone, '/marketer/dashboard/index');
    await phone.locator(`.sku-row[data-sku="${sku}"]`).waitFor({ timeout: 30_000 });
    await phone.waitForTimeout(800);
    expect(await painted(phone, 'chart-skus')).toBeGreaterThan(300);
    for (const [block, name] of [
      ['skus', '192-sales-skus-375'],
      ['staff-ranking', '193-sales-staff-ranking-375'],
      ['home-stores', '194-sales-home-stores-375'],
      ['spend-drop', '195-sales-spend-drop-375'],
    ] as const) {
      await phone.locator(`.dashboard-block-${block}`).scrollIntoViewIfNeeded();
      await screenshot(phone, name);
    }
    // Nobody's spend has fallen on a fresh stack's history: the 消费预警 block says so rather than staying blank.
    await expect(phone.locator('.dashboard-block-spend-drop').innerText()).resolves.toContain('消费预警');
  });
});
