import { newOpenid } from '../../support/http';
import { launchMiniProgramPerFile } from '../support/launch';
import { canvasOf } from '../support/selector-query';
import { waitUntil } from '../support/wait';

const app = launchMiniProgramPerFile();

describe('a marketer in the WeChat build', () => {
  test('opens the dashboard and finds a member by memberNo, then their 360', async () => {
    // A member to look for: registered by logging in once.
    const card = await app().signIn(newOpenid('weapp-console'));
    const memberNo = ((await card.waitFor('.member-no', { text: /\d{8}/ })).textContent ?? '').trim();
    const nickname = card.text('.member-nickname');

    const home = await app().signIn('marketer');
    expect(home.route).toBe('marketer/home/index');
    await home.tap('.marketer-open-dashboard');
    const dashboard = await app().follow('marketer/dashboard/index');
    const members = await dashboard.waitFor('.kpi-members .kpi__value', { text: /\d/ });
    expect(Number((members.textContent ?? '').replace(/\D/g, ''))).toBeGreaterThanOrEqual(1);
    // The chart of 新增会员与签到 found its canvas node (a 2D canvas) and drew its legend and date axis on it.
    const chart = await waitUntil(
      () => canvasOf(dashboard.find('#chart-members')),
      30_000,
      () => 'the chart never got its canvas',
    );
    await waitUntil(
      () => chart.texts.length > 0,
      30_000,
      () => 'nothing was drawn',
    );
    expect(chart.texts).toEqual(expect.arrayContaining(['新增会员', '签到', expect.stringMatching(/^\d{2}-\d{2}$/)]));

    const search = await app().open('marketer/members/index');
    await search.input('.members-search', memberNo);
    await search.tap('.members-search-submit');
    // The newest members are listed before the search answers, this one among them: wait for the search's own
    // list, or the tap may land on a row of the list it replaces.
    await search.waitFor('.members-matched-by');
    await search.waitFor(`.member-row-${memberNo}`, { text: nickname });
    await search.tap(`.member-row-${memberNo}`);
    const member = await app().follow('marketer/member/index');
    expect(member.query.memberId).toMatch(/\S/);
    await member.waitFor('.member-360-points .member-fact__value', { text: /^0$/ }); // new: no points yet
    expect(member.outline()).toContain(nickname);
  });
});
