import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { PNG } from 'pngjs';
import { launchBrowser, openApp, phonePage, screenshot } from '../support/browser';
import { testEnv } from '../support/env';
import { call, login, newOpenid } from '../support/http';

let browser: Browser;
let pictureFolder: string;
let picturePath: string;
beforeAll(async () => {
  browser = await launchBrowser();
  // The item's picture, on the marketer's computer: a coffee-brown gradient the page uploads to object storage
  // (locally the stack's stand-in, through the same signed-policy contract as S3).
  const png = new PNG({ width: 240, height: 240 });
  for (let i = 0; i < png.data.length; i += 4) {
    const y = Math.floor(i / 4 / 240);
    png.data.set([111 + (y >> 2), 78 + (y >> 3), 55, 255], i);
  }
  pictureFolder = mkdtempSync(join(tmpdir(), 'e2e-mall-picture-'));
  picturePath = join(pictureFolder, 'mug.png');
  writeFileSync(picturePath, PNG.sync.write(png));
});
afterAll(async () => {
  await browser?.close();
  rmSync(pictureFolder, { recursive: true, force: true });
});

const DAY = 86_400_000;
/** A Saturday years from every other test's days (00:00 at +08:00): the promotion runs that weekend. */
const SATURDAY = (() => {
  let day = Date.UTC(2095, 0, 1) + (Date.now() % 500) * 7 * DAY;
  while (new Date(day).getUTCDay() !== 6) day += DAY;
  return day - 8 * 3600_000;
})();
/** Two weeks later: the check-in bonus table saved through the page is in force that day only. */
const CHECKIN_DAY = SATURDAY + 14 * DAY;
const iso = (ms: number) => new Date(ms).toISOString();
const dateOf = (ms: number) => iso(ms + 8 * 3600_000).slice(0, 10);
const ok = (answer: { status: number; body: any }, status = 200) => {
  if (answer.status !== status) throw new Error(`${answer.status} ${JSON.stringify(answer.body)}`);
  return answer.body;
};

async function deskPage(clock?: number): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 }, locale: 'zh-CN' });
  if (clock) await onDay(page.context(), clock);
  return page;
}

/** Every API request of the context is dated `clock` (the local stage honours X-Clock). */
async function onDay(context: BrowserContext, clock: number): Promise<void> {
  await context.route(`${testEnv.apiUrl()}/v1/**`, (route) =>
    route.continue({ headers: { ...route.request().headers(), 'x-clock': iso(clock) } }),
  );
}

async function asMarketer(page: Page, route: string): Promise<void> {
  await openApp(page);
  await page.locator('.demo-login-marketer').click();
  await page.locator('.marketer-open-dashboard').waitFor({ timeout: 30_000 });
  await openApp(page, route);
}

/** A purchase of ¥50 at S001 by a new member, on the day `clock`; the points it earned. */
async function pointsOfPurchaseOn(clock: number): Promise<number> {
  const headers = { 'x-clock': iso(clock) };
  const member = await login(newOpenid('weekend'));
  const staff = await login('staff-s001');
  const code = ok(await call('GET', '/v1/me/code', { token: member.token, headers })).code;
  const receiptNo = `E2EPR${Date.now().toString(36)}${Math.random().toString(36).slice(2, 5)}`.toUpperCase();
  const bought = ok(
    await call('POST', '/v1/store/purchases', {
      token: staff.token,
      headers,
      body: { memberCode: code, receiptNo, amountFen: 5000 },
    }),
    201,
  );
  return bought.points;
}

describe('the marketer runs the program from the console (issue 19)', () => {
  test('a mall item with an image uploaded through the page is created in 积分商城管理; a member sees it and redeems it', async () => {
    const name = `E2E马克杯${Date.now().toString(36).slice(-4)}`;
    const desk = await deskPage();
    await asMarketer(desk, '/marketer/mall/index');
    await desk.locator('.mall-new').click();
    await desk.locator('.mall-form-name input').fill(name);
    const [chooser] = await Promise.all([desk.waitForEvent('filechooser'), desk.locator('.mall-image-upload').click()]);
    await chooser.setFiles(picturePath);
    const preview = desk.locator('.mall-image-0 img');
    await preview.waitFor({ timeout: 30_000 });
    // The page previews the stored picture itself, from object storage.
    const image = (await preview.getAttribute('src'))!;
    expect(image).toMatch(/\/mall\/\d{6}\/[0-9a-f]{24}\.png$/);
    await desk.waitForFunction(
      () => (document.querySelector('.mall-image-0 img') as HTMLImageElement | null)?.naturalWidth === 240,
      undefined,
      { timeout: 15_000 },
    );
    await desk.locator('.mall-form-category input').fill('周边');
    await desk.locator('.mall-form-points input').fill('10');
    await desk.locator('.mall-form-stock input').fill('5');
    await screenshot(desk, '70-marketer-mall-item-new-1280');
    await desk.locator('.mall-form-submit').click();
    const row = desk.locator('.mall-admin-row').filter({ hasText: name });
    await row.waitFor({ timeout: 30_000 });
    await expect(row.locator('.mall-admin-stock').innerText()).resolves.toContain('库存 5');
    await screenshot(desk, '71-marketer-mall-1280');

    const member = await phonePage(browser);
    await openApp(member);
    await member.locator('.demo-login-demo-member-2').click();
    await member.locator('.member-points').waitFor({ timeout: 30_000 });
    await openApp(member, '/pages/mall/index');
    const card = member.locator('.mall-item').filter({ hasText: name }).first();
    await card.waitFor({ timeout: 15_000 });
    await card.scrollIntoViewIfNeeded();
    // The picture itself is shown (a picture that fails to load gives way to a lettered tile, with no img).
    const picture = card.locator(`img[src="${image}"]`);
    await picture.waitFor({ timeout: 15_000 });
    await member.waitForFunction(
      (src) =>
        Array.from(document.querySelectorAll('img')).some(
          (img) => img.src === src && img.complete && img.naturalWidth === 240,
        ),
      image,
      { timeout: 15_000 },
    );
    await screenshot(member, '72-member-mall-new-item-375');
    await card.click();
    await member.locator('.mall-redeem').waitFor({ timeout: 15_000 });
    await member.locator('.mall-redeem').click();
    await member.locator('.redeem-confirm').click();
    await member.locator('.pickup-code-digits').waitFor({ timeout: 15_000 });

    await desk.reload();
    await desk
      .locator('.mall-admin-row')
      .filter({ hasText: name })
      .locator('.mall-admin-stock')
      .filter({ hasText: '已兑 1' })
      .waitFor({ timeout: 30_000 });
    await member.context().close();
    await desk.close();
  });

  test('a weekend ×2 promotion created in 积分活动: a Saturday purchase earns double the Friday one', async () => {
    const name = `周末双倍E2E${Date.now().toString(36).slice(-4)}`;
    const desk = await deskPage();
    await asMarketer(desk, '/marketer/promotions/index');
    await desk.locator('.promotion-form-name input').fill(name);
    await desk.locator('.promotion-form-multiplier input').fill('2');
    await desk.locator('.promotion-form-startDate input').fill(dateOf(SATURDAY - 7 * DAY));
    await desk.locator('.promotion-form-endDate input').fill(dateOf(SATURDAY + 7 * DAY));
    await desk.locator('.promotion-weekday-6').click();
    await desk.locator('.promotion-weekday-7').click();
    await desk.locator('.promotion-submit').click();
    const row = desk.locator('.promotion-row').filter({ hasText: name });
    await row.waitFor({ timeout: 30_000 });
    await expect(row.innerText()).resolves.toContain('周六、周日');
    await screenshot(desk, '73-marketer-promotions-1280');

    const friday = await pointsOfPurchaseOn(SATURDAY - DAY + 11 * 3600_000);
    const saturday = await pointsOfPurchaseOn(SATURDAY + 11 * 3600_000);
    expect(friday).toBeGreaterThan(0);
    expect(saturday).toBe(friday * 2);

    // Ended early from the page: it is no longer running (its end is now, before the weekend it was for).
    await row.locator('.promotion-end').click();
    await row.locator('.promotion-end').click();
    await row.locator('.promotion-state').filter({ hasText: '已提前结束' }).waitFor({ timeout: 30_000 });
    expect(await pointsOfPurchaseOn(SATURDAY + 12 * 3600_000)).toBe(friday);
    await desk.close();
  });

  test('a staff account disabled in 员工: its next request is refused; a store closed in 门店 records no purchase', async () => {
    const marketer = (await login('marketer')).token;
    const openid = newOpenid('clerk');
    const name = `周店员${Date.now().toString(36).slice(-3)}`;
    ok(
      await call('POST', '/v1/admin/staff', {
        token: marketer,
        body: { openid, storeId: 'S002', role: 'staff', name },
      }),
      201,
    );
    const staff = (await login(openid)).token;
    const member = await login(newOpenid('shopper'));
    const code = async () => ok(await call('GET', '/v1/me/code', { token: member.token })).code as string;
    expect((await call('POST', '/v1/store/scan', { token: staff, body: { code: await code() } })).status).toBe(200);

    const desk = await deskPage();
    await asMarketer(desk, '/marketer/staff/index');
    await desk.locator('.staff-filter-S002').click();
    const row = desk.locator(`.staff-row-${openid}`);
    await row.waitFor({ timeout: 30_000 });
    // Named as colleagues call them; an account without a name is its store's 店员 and a number, never an openid.
    await expect(row.locator('.staff-name').innerText()).resolves.toBe(name);
    const openids = new Set(
      ok(await call('GET', '/v1/admin/staff?limit=100', { token: marketer })).items.map((a: any) => a.openid),
    );
    for (const title of await desk.locator('.staff-name').allInnerTexts()) expect(openids.has(title)).toBe(false);
    await row.locator('.staff-toggle').click();
    await expect(row.locator('.staff-toggle').innerText()).resolves.toBe('确认停用？');
    await row.locator('.staff-toggle').click();
    await row.locator('.staff-state').filter({ hasText: '已停用' }).waitFor({ timeout: 30_000 });
    await screenshot(desk, '74-marketer-staff-1280');

    const refused = await call('POST', '/v1/store/scan', { token: staff, body: { code: await code() } });
    expect([refused.status, refused.body.error.code]).toEqual([401, 'ACCOUNT_DISABLED']);

    // A store of its own, closed from the page: its staff's purchase is refused.
    const storeId = `S${String(Date.now() % 1_000_000).padStart(6, '0')}`;
    ok(
      await call('POST', '/v1/admin/stores', { token: marketer, body: { storeId, name: '关店测试店', city: '苏州' } }),
      201,
    );
    const clerk = newOpenid('closing');
    ok(
      await call('POST', '/v1/admin/staff', { token: marketer, body: { openid: clerk, storeId, role: 'staff' } }),
      201,
    );
    const clerkToken = (await login(clerk)).token;
    await openApp(desk, '/marketer/stores/index');
    const store = desk.locator(`.store-row-${storeId}`);
    await store.waitFor({ timeout: 30_000 });
    await store.locator('.store-toggle').click();
    await store.locator('.store-toggle').click();
    await store.locator('.store-state').filter({ hasText: '已关闭' }).waitFor({ timeout: 30_000 });
    await screenshot(desk, '75-marketer-stores-1280');
    const purchase = await call('POST', '/v1/store/purchases', {
      token: clerkToken,
      body: { memberCode: await code(), receiptNo: `CL${Date.now().toString(36)}`.toUpperCase(), amountFen: 2000 },
    });
    expect([purchase.status, purchase.body.error.code]).toEqual([409, 'STORE_CLOSED']);
    await desk.close();
  });

  test('the check-in bonus table changed in 规则设置: the next check-in follows it', async () => {
    const marketer = (await login('marketer')).token;
    const clock = { 'x-clock': iso(CHECKIN_DAY + 6 * 3600_000) };
    const before = ok(await call('GET', '/v1/admin/program', { token: marketer, headers: clock })).current.settings;

    const desk = await deskPage(CHECKIN_DAY + 6 * 3600_000);
    await asMarketer(desk, '/marketer/settings/index');
    await desk.locator('.bonus-add').waitFor({ timeout: 30_000 });
    const rows = await desk.locator('.bonus-row').count();
    await desk.locator('.bonus-add').click();
    await desk.locator(`.bonus-day-${rows} input`).fill('1');
    await desk.locator(`.bonus-points-${rows} input`).fill('77');
    await desk.locator('.settings-preview-row[data-path="checkin.bonuses"]').waitFor();
    await expect(desk.locator('.settings-preview-row[data-path="checkin.bonuses"]').innerText()).resolves.toContain(
      '第1天+77',
    );
    await screenshot(desk, '76-marketer-settings-bonuses-1280');
    await desk.locator('.settings-save').click();
    await desk.locator('.taro-model__confirm').click();
    await desk.locator('.settings-saved').waitFor({ timeout: 30_000 });
    // The program as it was takes over the next day, so no other test sees the bonus.
    ok(
      await call('PUT', '/v1/admin/program', {
        token: marketer,
        body: { ...before, effectiveAt: iso(CHECKIN_DAY + DAY) },
      }),
    );

    const member = await login(newOpenid('bonus'));
    const checkin = ok(await call('POST', '/v1/checkins', { token: member.token, headers: clock, body: {} }), 201);
    expect(checkin).toMatchObject({ cycleDay: 1, bonus: 77, points: before.checkin.basePoints + 77 });
    await desk.close();
  });

  test('screenshots of the new pages at 375 px', async () => {
    const phone = await phonePage(browser);
    await openApp(phone);
    await phone.locator('.demo-login-marketer').click();
    await phone.locator('.marketer-open-dashboard').waitFor({ timeout: 30_000 });
    await screenshot(phone, '77-marketer-home-375');
    const pages: [string, string, string][] = [
      ['/marketer/mall/index', '.mall-admin-row', '78-marketer-mall-375'],
      ['/marketer/mall-item/index', '.mall-form-submit', '79-marketer-mall-item-375'],
      ['/marketer/promotions/index', '.promotion-row', '80-marketer-promotions-375'],
      ['/marketer/stores/index', '.store-row', '81-marketer-stores-375'],
      ['/marketer/staff/index', '.staff-row', '82-marketer-staff-375'],
      ['/marketer/settings/index', '.bonus-add', '83-marketer-settings-375'],
    ];
    for (const [route, ready, name] of pages) {
      await openApp(phone, route);
      await phone.locator(ready).first().waitFor({ timeout: 30_000 });
      await screenshot(phone, name);
    }
    await phone.context().close();
  });
});
