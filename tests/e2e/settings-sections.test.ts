import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, openApp, phonePage } from '../support/browser';
import { testEnv } from '../support/env';
import { call, login, newOpenid } from '../support/http';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const DAY = 86_400_000;
/** A morning years from every other test's days (06:00 at +08:00): the settings saved here are in force that day only. */
const CLOCK = Date.UTC(2097, 0, 1) - 2 * 3600_000 + (Date.now() % 700) * 7 * DAY;
const iso = (ms: number) => new Date(ms).toISOString();
const ok = (answer: { status: number; body: any }, status = 200) => {
  if (answer.status !== status) throw new Error(`${answer.status} ${JSON.stringify(answer.body)}`);
  return answer.body;
};

/**
 * The page's sections, each as a picture of its own, and the whole page: the page scrolls inside Taro's page
 * element, so the window is first made as tall as the page (else only what is on screen would be drawn).
 */
async function sectionShots(page: Page, suffix: string): Promise<void> {
  const dir = join(testEnv.artifacts(), 'screenshots');
  mkdirSync(dir, { recursive: true });
  const { width, height } = page.viewportSize()!;
  const tall = await page.evaluate(() => document.querySelector('.settings-page')!.scrollHeight);
  await page.setViewportSize({ width, height: Math.max(height, tall + 200) });
  for (const [selector, name] of SECTIONS)
    await page
      .locator(selector)
      .first()
      .screenshot({ path: join(dir, `marketer-settings-${name}-${suffix}.png`) });
  await page.screenshot({ path: join(dir, `marketer-settings-${suffix}.png`) });
  await page.setViewportSize({ width, height });
}

async function settingsPage(page: Page): Promise<void> {
  await page
    .context()
    .route(`${testEnv.apiUrl()}/v1/**`, (route) =>
      route.continue({ headers: { ...route.request().headers(), 'x-clock': iso(CLOCK) } }),
    );
  await openApp(page);
  await page.locator('.demo-login-marketer').click();
  await page.locator('.marketer-open-dashboard').waitFor({ timeout: 30_000 });
  await openApp(page, '/marketer/settings/index');
  await page.locator('.settings-tasks').waitFor({ timeout: 30_000 });
}

const SECTIONS: [string, string][] = [
  ['.settings-gifts', 'gifts'],
  ['.settings-tasks', 'tasks'],
  ['.settings-auto-coupons', 'auto-coupons'],
  ['.settings-level-policy', 'level-policy'],
  ['.settings-counter', 'counter'],
  ['.settings-cash', 'cash'],
  ['.settings-notices', 'notices'],
  ['.settings-effective', 'preview'],
];

describe('规则设置: the further sections', () => {
  test('a task reward and the member code lifetime changed on the page: a new member sees both through the API', async () => {
    const marketer = (await login('marketer')).token;
    const headers = { 'x-clock': iso(CLOCK) };
    const before = ok(await call('GET', '/v1/admin/program', { token: marketer, headers })).current.settings;
    const taskIndex = before.tasks.findIndex((task: { code: string }) => task.code === 'first-checkin');
    expect(taskIndex).toBeGreaterThanOrEqual(0);
    const ttl = before.memberCode.ttlSeconds === 120 ? 90 : 120;

    const desk = await browser.newPage({ viewport: { width: 1280, height: 900 }, locale: 'zh-CN' });
    await settingsPage(desk);
    // Another test may save a version meanwhile: the page then says so and reloads; the edit is made again.
    for (let attempt = 1; ; attempt++) {
      await desk.locator(`.settings-tasks-${taskIndex}-points input`).fill('33');
      await desk.locator('.settings-memberCode-ttlSeconds input').fill(String(ttl));
      await desk.locator('.settings-preview-row[data-path="memberCode.ttlSeconds"]').waitFor();
      await expect(
        desk.locator('.settings-preview-row[data-path="memberCode.ttlSeconds"]').innerText(),
      ).resolves.toContain(`${before.memberCode.ttlSeconds} → ${ttl}`);
      await expect(desk.locator('.settings-preview-row[data-path="tasks"]').innerText()).resolves.toContain('33积分');
      if (attempt === 1) {
        await desk.locator('.settings-coupon-newMember-change').click();
        await sectionShots(desk, '1280');
      }
      await desk.locator('.settings-save').click();
      await desk.locator('.taro-model__confirm').click();
      const outcome = desk.locator('.settings-saved, .settings-reload');
      await outcome.first().waitFor({ timeout: 30_000 });
      if ((await desk.locator('.settings-saved').count()) > 0) break;
      if (attempt === 3) throw new Error('three saves in a row met a newer version');
      await desk.locator('.settings-reload').click();
      await desk.locator('.settings-save').waitFor({ timeout: 30_000 });
    }
    // The program as it was takes over the next day, so no other test sees the change.
    ok(await call('PUT', '/v1/admin/program', { token: marketer, body: { ...before, effectiveAt: iso(CLOCK + DAY) } }));
    await desk.close();

    const member = await login(newOpenid('settings'));
    const tasks = ok(await call('GET', '/v1/me/tasks', { token: member.token, headers }));
    expect(tasks.find((task: { code: string }) => task.code === 'first-checkin')).toMatchObject({
      points: 33,
      status: 'todo',
    });
    const code = ok(await call('GET', '/v1/me/code', { token: member.token, headers }));
    expect(Date.parse(code.expiresAt) - CLOCK).toBe(ttl * 1000);
    const checkin = ok(await call('POST', '/v1/checkins', { token: member.token, headers, body: {} }), 201);
    // The check-in completes 首次签到, which pays the points the page set.
    expect(checkin.taskPoints).toBe(33);
    const after = ok(await call('GET', '/v1/me/tasks', { token: member.token, headers }));
    expect(after.find((task: { code: string }) => task.code === 'first-checkin')).toMatchObject({ status: 'done' });
  });

  test('screenshots of the further sections at 375 px', async () => {
    const phone = await phonePage(browser);
    await settingsPage(phone);
    await phone.locator('.settings-coupon-birthday-change').click();
    // Unsaved edits, so 本次修改 shows before → after.
    await phone.locator('.settings-level-policy-to-qualified').click();
    await phone.locator('.settings-levels-1-upgradeGift-points input').fill('150');
    await phone.locator('.settings-preview-row[data-path="levelPolicy"]').waitFor();
    await sectionShots(phone, '375');
    await phone.context().close();
  });
});
