import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchBrowser, openApp, phonePage, screenshot, sessionOf } from '../support/browser';
import { testEnv } from '../support/env';
import { call, login } from '../support/http';

let browser: Browser;
beforeAll(async () => (browser = await launchBrowser()));
afterAll(() => browser?.close());

const DAY = 86_400_000;
/**
 * This test's own business day, years from every other test's: the renamed level is in force on that day only (the
 * program's settings as they were take over the next day), so no other test, in real time or with X-Clock, sees it.
 */
const FROM = Date.UTC(2091, 0, 1) + (Date.now() % 1500) * DAY;
const AT = new Date(FROM + 6 * 3600_000).toISOString();
const LEVEL = '星享会员';
const STORE = '啡常时光·更名后店';

/** Every API request of the pages of this context is dated on the test's day (the local stage honours X-Clock). */
async function onTheTestsDay(context: BrowserContext): Promise<void> {
  await context.route(`${testEnv.apiUrl()}/v1/**`, (route) =>
    route.continue({ headers: { ...route.request().headers(), 'x-clock': AT } }),
  );
}

async function pageOnTheTestsDay(width: number): Promise<Page> {
  const page =
    width > 375
      ? await browser.newPage({ viewport: { width, height: 900 }, locale: 'zh-CN' })
      : await phonePage(browser);
  await onTheTestsDay(page.context());
  return page;
}

const clock = { 'x-clock': AT };
const ok = (answer: { status: number; body: unknown }, status = 200) => {
  if (answer.status !== status) throw new Error(`${answer.status} ${JSON.stringify(answer.body)}`);
  return answer.body as any;
};

describe('names come from the API: a level and a store renamed through it', () => {
  test('show their new names on the member card, the staff scan and the marketer’s audience builder', async () => {
    const marketer = (await login('marketer')).token;

    // The level: 普通会员 becomes 星享会员 for the test's day.
    const settings = ok(await call('GET', '/v1/admin/program', { token: marketer, headers: clock })).current.settings;
    const renamed = {
      ...settings,
      levels: settings.levels.map((level: { code: string }) =>
        level.code === 'L1' ? { ...level, name: LEVEL } : level,
      ),
    };
    ok(
      await call('PUT', '/v1/admin/program', {
        token: marketer,
        body: { ...renamed, effectiveAt: new Date(FROM).toISOString() },
      }),
    );
    ok(
      await call('PUT', '/v1/admin/program', {
        token: marketer,
        body: { ...settings, effectiveAt: new Date(FROM + DAY).toISOString() },
      }),
    );

    // The store: opened under one name, renamed; a claimable coupon is good at S001 and at it.
    const storeId = `S${String(Date.now() % 1_000_000).padStart(6, '0')}`;
    ok(
      await call('POST', '/v1/admin/stores', {
        token: marketer,
        body: { storeId, name: '啡常时光·开业店', city: '上海' },
      }),
      201,
    );
    ok(await call('PUT', `/v1/admin/stores/${storeId}`, { token: marketer, body: { name: STORE } }));
    const template = ok(
      await call('POST', '/v1/admin/coupon-templates', {
        token: marketer,
        body: {
          title: '两店通用满20减3',
          type: 'amount_off',
          valueFen: 300,
          minSpendFen: 2000,
          validity: { kind: 'relative', days: 14, startOffsetDays: 0 },
          storeIds: ['S001', storeId],
        },
      }),
      201,
    );
    const campaign = ok(
      await call('POST', '/v1/admin/campaigns', {
        token: marketer,
        headers: clock,
        body: { name: `更名 ${storeId}`, kind: 'claim', templateId: template.templateId, audience: {} },
      }),
      201,
    );
    ok(await call('POST', `/v1/admin/campaigns/${campaign.campaignId}/launch`, { token: marketer, headers: clock }));

    // The member card names the level as the program in force does.
    const member = await pageOnTheTestsDay(375);
    await openApp(member);
    await member.locator('.demo-login-new').click();
    await member.locator('.level-card .level-badge').filter({ hasText: LEVEL }).waitFor({ timeout: 30_000 });
    await member.waitForFunction(
      () => (document.querySelector('.member-code-digits')?.textContent ?? '').replace(/\s/g, '').length === 35,
    );
    await screenshot(member, '60-renamed-level-on-the-card');
    const session = await sessionOf(member);
    ok(
      await call('POST', `/v1/coupon-center/${campaign.campaignId}/claim`, { token: session.token, headers: clock }),
      201,
    );
    const code = (await member.locator('.member-code-digits').innerText()).replace(/\s/g, '');

    // The staff scan: the member's level and the coupon's stores, by their new names.
    const staff = await pageOnTheTestsDay(375);
    await openApp(staff);
    await staff.locator('.demo-login-staff-s001').click();
    await staff.locator('.scan-input input').fill(code);
    await staff.locator('.scan-submit').click();
    await staff.locator('.scan-result .level-badge').filter({ hasText: LEVEL }).waitFor({ timeout: 30_000 });
    await expect(staff.locator('.scan-coupon-scope').first().innerText()).resolves.toBe('限 人民广场店、更名后店 使用');
    await screenshot(staff, '61-renamed-level-and-store-at-the-counter');

    // The audience builder: the level's chip and the store's chip.
    const desk = await pageOnTheTestsDay(1280);
    await openApp(desk);
    await desk.locator('.demo-login-marketer').click();
    await desk.locator('.marketer-open-campaigns').waitFor({ timeout: 30_000 });
    await openApp(desk, '/marketer/campaign-new/index');
    await desk.locator('.audience-level-L1').filter({ hasText: LEVEL }).waitFor({ timeout: 30_000 });
    await expect(desk.locator(`.audience-store-${storeId}`).innerText()).resolves.toContain('更名后店');
    await desk.locator('.audience-level-L1').click();
    await desk
      .locator('.audience-sample-row .level-badge')
      .filter({ hasText: LEVEL })
      .first()
      .waitFor({ timeout: 30_000 });
    await screenshot(desk, '62-renamed-level-and-store-in-the-audience-builder');

    await member.context().close();
    await staff.context().close();
    await desk.close();
  });
});
