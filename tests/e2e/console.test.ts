import type { Browser } from 'playwright-core';
import { launchBrowser, openApp, phonePage, screenshot } from '../support/browser';
import { call, login, newOpenid } from '../support/http';

let browser: Browser;
beforeAll(async () => (browser = await launchBrowser()));
afterAll(() => browser?.close());

/** A fresh member with a check-in and a purchase at S001, so the dashboard has something to draw. */
async function memberWithActivity(): Promise<{ memberId: string; memberNo: string; nickname: string }> {
  const member = await login(newOpenid('console'));
  const me = (await call('GET', '/v1/me', { token: member.token })).body;
  await call('POST', '/v1/checkins', { token: member.token, body: {} });
  const staff = await login('staff-s001');
  const code = (await call('GET', '/v1/me/code', { token: member.token })).body.code;
  const receiptNo = `E2ECON${Date.now().toString(36).toUpperCase()}`;
  const bought = await call('POST', '/v1/store/purchases', {
    token: staff.token,
    body: { memberCode: code, receiptNo, amountFen: 3800 },
  });
  if (bought.status !== 201) throw new Error(`purchase failed: ${bought.status} ${JSON.stringify(bought.body)}`);
  return { memberId: me.memberId, memberNo: me.memberNo, nickname: me.nickname };
}

describe('the marketer console in Chromium', () => {
  test('dashboard with charts, a member found, points adjusted, the adjustment in the audit log', async () => {
    const member = await memberWithActivity();

    const desk = await browser.newPage({ viewport: { width: 1280, height: 900 }, locale: 'zh-CN' });
    await openApp(desk);
    await desk.locator('.demo-login-marketer').click();
    await desk.locator('.marketer-open-dashboard').waitFor({ timeout: 30_000 });
    await screenshot(desk, '50-marketer-home-1280');
    await desk.locator('.marketer-open-dashboard').click();
    await desk.locator('.kpi-members .kpi__value').waitFor({ timeout: 30_000 });
    expect(
      Number((await desk.locator('.kpi-members .kpi__value').innerText()).replace(/\D/g, '')),
    ).toBeGreaterThanOrEqual(1);
    // The charts are drawn: the canvas of 新增会员与签到 has pixels that are not blank.
    await desk.locator('#chart-members canvas, canvas#chart-members').first().waitFor({ timeout: 30_000 });
    await desk.waitForTimeout(1000);
    const drawn = await desk.evaluate(() => {
      const host = document.querySelector('#chart-members');
      const canvas = (host?.tagName === 'CANVAS' ? host : host?.querySelector('canvas')) as HTMLCanvasElement | null;
      if (!canvas || canvas.width === 0) return 0;
      const data = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height).data;
      let painted = 0;
      for (let i = 3; i < data.length; i += 4) if (data[i]! > 0) painted++;
      return painted;
    });
    expect(drawn).toBeGreaterThan(500);
    await screenshot(desk, '51-dashboard-1280');

    const phone = await phonePage(browser);
    await openApp(phone);
    await phone.locator('.demo-login-marketer').click();
    await phone.locator('.marketer-open-dashboard').waitFor({ timeout: 30_000 });
    await openApp(phone, '/marketer/dashboard/index');
    await phone.locator('.kpi-members .kpi__value').waitFor({ timeout: 30_000 });
    await phone.waitForTimeout(1000);
    await screenshot(phone, '52-dashboard-375');

    // 会员查询 → 360 → 调整积分.
    await openApp(desk, '/marketer/members/index');
    await desk.locator('.members-search input').fill(member.memberNo);
    await desk.locator('.members-search-submit').click();
    // The search's own list replaces the newest members (this one among them): click a row of the answer.
    await desk.locator('.members-matched-by').waitFor({ timeout: 30_000 });
    await desk.locator(`.member-row-${member.memberNo}`).click();
    await desk.locator('.member-360-points').waitFor({ timeout: 30_000 });
    const before = Number(
      (await desk.locator('.member-360-points .member-fact__value').innerText()).replace(/\D/g, ''),
    );
    await desk.locator('.adjust-points input').fill('123');
    await desk.locator('.adjust-reason input').fill('E2E 补发积分');
    await desk.locator('.adjust-submit').click();
    await desk.locator('.taro-model__confirm').click();
    await desk.locator('.adjust-done').waitFor({ timeout: 30_000 });
    await expect(desk.locator('.adjust-done').innerText()).resolves.toContain('已增加 123 积分');
    await desk
      .locator('.member-360-points .member-fact__value')
      .filter({ hasText: (before + 123).toLocaleString('en-US') })
      .waitFor({ timeout: 30_000 });
    await screenshot(desk, '53-member-360-1280');

    // 操作日志: the adjustment of this member, newest first.
    await openApp(desk, '/marketer/audit/index');
    const row = desk.locator(`.audit-row[data-action="points.adjust"][data-target-id="${member.memberId}"]`).first();
    await row.waitFor({ timeout: 30_000 });
    await expect(row.innerText()).resolves.toContain('调整积分');
    await expect(row.innerText()).resolves.toContain('积分 +123');
    await expect(row.innerText()).resolves.toContain('E2E 补发积分');
    await screenshot(desk, '54-audit-1280');

    // The churn list's 一键发券 opens the campaign form with the segment ticked (the list may be empty on a fresh stack).
    await openApp(phone, '/marketer/campaign-new/index?segments=churn-risk');
    await phone.locator('.audience-segment-churn-risk.chip--on').waitFor({ timeout: 30_000 });
    await openApp(phone, '/marketer/settings/index');
    await phone.locator('.settings-current-version').waitFor({ timeout: 30_000 });
    await screenshot(phone, '55-settings-375');
    await openApp(phone, '/marketer/tags/index');
    await phone.locator('.tags-row, .tags-empty').first().waitFor({ timeout: 30_000 });
    await screenshot(phone, '56-tags-375');

    await phone.context().close();
    await desk.close();
  });
});
