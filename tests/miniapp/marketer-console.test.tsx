import { act, fireEvent, render, waitFor } from '@testing-library/react';
import Taro from '@tarojs/taro';
import { demoProgram } from '../../infra/seed/demo-program';
import DashboardPage from '../../miniapp/src/marketer/dashboard/index';
import MemberPage from '../../miniapp/src/marketer/member/index';
import SettingsPage from '../../miniapp/src/marketer/settings/index';
import AuditPage from '../../miniapp/src/marketer/audit/index';
import { changeLines } from '../../miniapp/src/features/console/audit-words';
import { kpisOf, quickRange, readCustomRange } from '../../miniapp/src/features/console/dashboard-words';
import { adjustOutcome, readAdjustment } from '../../miniapp/src/features/console/member-words';
import { emptyOverview, member360, overview } from './console-fixtures';
import { errorReply, mockApi, signIn } from './fixtures';
import { router } from './__mocks__/taro';

const flush = () =>
  act(async () => {
    for (let i = 0; i < 8; i++) await Promise.resolve();
  });

const type = (container: HTMLElement, selector: string, value: string) =>
  fireEvent.change(container.querySelector(selector)!, { target: { value } });
const text = (container: HTMLElement, selector: string) => container.querySelector(selector)?.textContent ?? null;

beforeEach(() => signIn('marketer'));

describe('数据看板', () => {
  it('shows the KPIs of the overview, its blocks and the churn list leading to a prefilled campaign', async () => {
    const request = mockApi(({ path }) =>
      path === '/v1/admin/analytics/overview' ? { status: 200, body: overview() } : errorReply(404, 'NOT_FOUND', 'no'),
    );
    const { container } = render(<DashboardPage />);
    await waitFor(() => expect(container.querySelector('.kpi-members')).not.toBeNull());

    expect(text(container, '.kpi-members .kpi__value')).toBe('12,840');
    expect(text(container, '.kpi-new .kpi__value')).toBe('312');
    expect(text(container, '.kpi-purchase-share .kpi__value')).toBe('38.5%');
    expect(text(container, '.kpi-liability .kpi__value')).toBe('1,234,567');
    expect(text(container, '.kpi-liability .kpi__hint')).toBe('另有欠款 300');
    expect(text(container, '.kpi-expiring-30 .kpi__value')).toBe('8,800');
    expect(text(container, '.kpi-expiring-60 .kpi__value')).toBe('12,000');
    expect(text(container, '.kpi-expiring-90 .kpi__value')).toBe('20,500');
    // One canvas per chart, the store table, the funnel, the referral ranking.
    expect(container.querySelectorAll('canvas').length).toBe(7); // with the stored value's top-ups per day
    expect(container.querySelector('#chart-members')).not.toBeNull();
    expect(text(container, '.store-row-S001')).toContain('¥8,400.01');
    expect(text(container, '.funnel-row-c1')).toContain('核销率 22.1%');
    expect(text(container, '.referral-row')).toContain('6 人有效');
    expect(text(container, '.churn-count')).toBe('86');
    expect(container.querySelector('.dashboard-empty')).toBeNull();

    // The default range is the last 30 days.
    const first = new URL(request.mock.calls[0][0].url);
    const expected = quickRange(30);
    expect(first.searchParams.get('from')).toBe(expected.from);
    expect(first.searchParams.get('to')).toBe(expected.to);

    fireEvent.click(container.querySelector('.churn-target')!);
    expect(Taro.navigateTo).toHaveBeenCalledWith({ url: '/marketer/campaign-new/index?segments=churn-risk' });

    // 近7天 asks again with 7 days.
    fireEvent.click(container.querySelector('.dashboard-range-7')!);
    await flush();
    const last = new URL(request.mock.calls[request.mock.calls.length - 1][0].url);
    expect(last.searchParams.get('from')).toBe(quickRange(7).from);
  });

  it('says 暂无数据 for an empty program, and shows a failure with a retry', async () => {
    let fail = true;
    mockApi(() => (fail ? errorReply(500, 'INTERNAL', 'boom') : { status: 200, body: emptyOverview() }));
    const { container } = render(<DashboardPage />);
    await waitFor(() => expect(container.querySelector('.dashboard-error')).not.toBeNull());
    fail = false;
    fireEvent.click(container.querySelector('.error-state__retry')!);
    await waitFor(() => expect(container.querySelector('.dashboard-empty')).not.toBeNull());
    expect(text(container, '.dashboard-empty')).toContain('暂无数据');
    expect(text(container, '.kpi-members .kpi__value')).toBe('0');
    expect(container.querySelectorAll('canvas').length).toBe(0);
    expect(container.querySelector('.churn-target')).toBeNull();
  });

  it('checks a custom range before asking', () => {
    const now = Date.parse('2026-11-23T10:00:00+08:00');
    expect(readCustomRange('2026-11-01', '2026-11-20', now)).toEqual({
      ok: true,
      range: { from: '2026-11-01', to: '2026-11-20' },
    });
    expect(readCustomRange('2026-11-20', '2026-11-01', now)).toEqual({
      ok: false,
      errors: { to: '结束日期不能早于开始日期' },
    });
    expect(readCustomRange('2026-11-20', '2026-11-24', now)).toEqual({
      ok: false,
      errors: { to: '结束日期不能晚于今天' },
    });
    expect(readCustomRange('2024-01-01', '2026-11-20', now)).toEqual({ ok: false, errors: { to: '最多查询 366 天' } });
    expect(readCustomRange('x', '', now)).toEqual({
      ok: false,
      errors: { from: '日期格式为 2026-01-31', to: '日期格式为 2026-01-31' },
    });
    expect(quickRange(7, now)).toEqual({ from: '2026-11-17', to: '2026-11-23' });
    expect(kpisOf(emptyOverview()).map((kpi) => kpi.label)).toEqual([
      '会员总数',
      '新增会员',
      '有消费会员占比',
      '积分负债',
      '30 天内到期',
      '60 天内到期',
      '90 天内到期',
    ]);
  });
});

describe('会员 360: 调整积分', () => {
  it('needs a reason, asks first, sends one Idempotency-Key (kept for a retry) and shows the new balance', async () => {
    router.params = { memberId: 'm1' };
    let balance = 1260;
    let network = true;
    const request = mockApi(({ method, path, data }) => {
      if (method === 'GET' && path === '/v1/admin/members/m1')
        return { status: 200, body: member360({ profile: { ...member360().profile, points: balance } }) };
      if (method === 'POST' && path === '/v1/admin/members/m1/points') {
        if (network) return new Error('offline');
        const body = data as { points: number };
        balance += body.points;
        return { status: 200, body: { entryId: 'e2', memberId: 'm1', points: body.points, balance, debt: 0 } };
      }
      return errorReply(404, 'NOT_FOUND', 'no');
    });
    const { container } = render(<MemberPage />);
    await waitFor(() => expect(container.querySelector('.member-360-nickname')).not.toBeNull());
    expect(text(container, '.member-360-points .member-fact__value')).toBe('1,260');
    expect(text(container, '.member-segment')).toBe('回头客');
    expect(container.querySelector('.member-tag')?.getAttribute('data-tag')).toBe('咖啡达人');

    // No reason: refused at the field, nothing sent.
    type(container, '.adjust-points', '100');
    fireEvent.click(container.querySelector('.adjust-submit')!);
    await flush();
    expect(text(container, '.adjust-reason-error')).toBe('请填写调整原因（至少 2 个字）');
    expect(Taro.showModal).not.toHaveBeenCalled();

    type(container, '.adjust-reason', '门店活动补发');
    fireEvent.click(container.querySelector('.adjust-submit')!);
    await flush();
    expect(Taro.showModal).toHaveBeenCalledWith(
      expect.objectContaining({ content: expect.stringContaining('确认为 拿铁爱好者（10000001）增加 100 积分') }),
    );
    await waitFor(() => expect(text(container, '.adjust-submit')).toBe('重试调整'));
    const posts = () => request.mock.calls.filter(([options]) => options.method === 'POST').map(([options]) => options);
    const key = posts()[0].header['Idempotency-Key'];
    expect(key).toMatch(/^adjust-/);
    expect(posts()[0].data).toEqual({ points: 100, reason: '门店活动补发' });

    // The retry does not ask again and reuses the key.
    network = false;
    fireEvent.click(container.querySelector('.adjust-submit')!);
    await waitFor(() => expect(container.querySelector('.adjust-done')).not.toBeNull());
    expect(Taro.showModal).toHaveBeenCalledTimes(1);
    expect(posts()[1].header['Idempotency-Key']).toBe(key);
    expect(text(container, '.adjust-done')).toBe('已增加 100 积分，当前余额 1,360');
    await waitFor(() => expect(text(container, '.member-360-points .member-fact__value')).toBe('1,360'));
  });

  it('shows the balance and the debt a deduction would leave, and asks a second time before it creates a debt', async () => {
    router.params = { memberId: 'm1' };
    const request = mockApi(({ method, path, data }) => {
      if (method === 'GET' && path === '/v1/admin/members/m1')
        return { status: 200, body: member360({ profile: { ...member360().profile, points: 155, pointsDebt: 0 } }) };
      if (method === 'POST' && path === '/v1/admin/members/m1/points') {
        const body = data as { points: number };
        return { status: 200, body: { entryId: 'e3', memberId: 'm1', points: body.points, balance: 0, debt: 99_844 } };
      }
      return errorReply(404, 'NOT_FOUND', 'no');
    });
    const { container } = render(<MemberPage />);
    await waitFor(() => expect(container.querySelector('.member-360-nickname')).not.toBeNull());
    fireEvent.click(container.querySelector('.adjust-sign-minus')!);
    type(container, '.adjust-points', '100');
    expect(text(container, '.adjust-outcome')).toBe('调整后余额 55');
    type(container, '.adjust-points', '99999');
    expect(text(container, '.adjust-outcome')).toBe('调整后余额 0，欠款 99,844 积分（将产生欠款）');
    expect(container.querySelector('.adjust-outcome--debt')).not.toBeNull();
    type(container, '.adjust-reason', '录入错误');

    // The first confirmation names what it leaves; declining the second sends nothing.
    (Taro.showModal as jest.Mock).mockResolvedValueOnce({ confirm: true }).mockResolvedValueOnce({ confirm: false });
    fireEvent.click(container.querySelector('.adjust-submit')!);
    await flush();
    expect(Taro.showModal).toHaveBeenCalledTimes(2);
    expect((Taro.showModal as jest.Mock).mock.calls[0][0].content).toContain('调整后余额 0，欠款 99,844 积分');
    expect((Taro.showModal as jest.Mock).mock.calls[1][0]).toMatchObject({
      title: '将产生积分欠款',
      content: expect.stringContaining('将产生欠款 99,844 积分'),
    });
    expect(request.mock.calls.filter(([options]) => options.method === 'POST')).toHaveLength(0);

    // Confirmed twice: sent.
    fireEvent.click(container.querySelector('.adjust-submit')!);
    await waitFor(() => expect(container.querySelector('.adjust-done')).not.toBeNull());
    expect(Taro.showModal).toHaveBeenCalledTimes(4);
    expect(text(container, '.adjust-done')).toBe('已扣减 99,999 积分，当前余额 0，欠款 99,844');
  });

  it('works out what an adjustment leaves: a credit pays the debt first', () => {
    expect(adjustOutcome({ points: 155, pointsDebt: 0 }, -99_999)).toEqual({ balance: 0, debt: 99_844 });
    expect(adjustOutcome({ points: 0, pointsDebt: 30 }, 100)).toEqual({ balance: 70, debt: 0 });
    expect(adjustOutcome({ points: 0, pointsDebt: 30 }, 10)).toEqual({ balance: 0, debt: 20 });
  });

  it('reads a deduction and refuses bad input', () => {
    expect(readAdjustment({ sign: 'minus', points: '50', reason: ' 误发 ' })).toEqual({
      ok: true,
      body: { points: -50, reason: '误发' },
    });
    expect(readAdjustment({ sign: 'plus', points: '0', reason: '补' })).toEqual({
      ok: false,
      errors: { points: '积分为 1–1,000,000 的整数', reason: '请填写调整原因（至少 2 个字）' },
    });
    expect(readAdjustment({ sign: 'plus', points: '1.5', reason: '补发' })).toEqual({
      ok: false,
      errors: { points: '积分为 1–1,000,000 的整数' },
    });
  });

  it('adds a tag', async () => {
    router.params = { memberId: 'm1' };
    mockApi(({ method, path, data }) => {
      if (method === 'GET') return { status: 200, body: member360() };
      if (path === '/v1/admin/members/m1/tags')
        return {
          status: 200,
          body: {
            memberId: 'm1',
            tags: ['咖啡达人', ...((data as { add: string[] }).add ?? [])],
            segments: ['returning'],
          },
        };
      return errorReply(404, 'NOT_FOUND', 'no');
    });
    const { container } = render(<MemberPage />);
    await waitFor(() => expect(container.querySelector('.member-tag-input')).not.toBeNull());
    type(container, '.member-tag-input', '有 空格');
    fireEvent.click(container.querySelector('.member-tag-add')!);
    expect(text(container, '.member-tag-error')).toBe('标签不能含空格、逗号或 #');
    type(container, '.member-tag-input', '早鸟');
    fireEvent.click(container.querySelector('.member-tag-add')!);
    await waitFor(() => expect(container.querySelectorAll('.member-tag').length).toBe(2));
  });
});

describe('规则设置', () => {
  const program = () => ({
    current: {
      version: 3,
      effectiveAt: '2026-11-01T00:00:00+08:00',
      createdBy: 'marketer:marketer',
      settings: demoProgram,
    },
    upcoming: [],
    history: [
      { version: 3, effectiveAt: '2026-11-01T00:00:00+08:00', createdBy: 'marketer:marketer' },
      { version: 2, effectiveAt: '2026-01-01T00:00:00+08:00', createdBy: 'system' },
    ],
  });

  it('shows the version, puts local and server validation errors at their fields', async () => {
    let puts = 0;
    const request = mockApi(({ method }) => {
      if (method === 'GET') return { status: 200, body: program() };
      puts += 1;
      return errorReply(400, 'VALIDATION_FAILED', 'invalid settings', {
        issues: [
          { path: 'body.levels.1.threshold', message: 'thresholds must ascend' },
          { path: ['body', 'earning', 'pointsPerYuan'], message: 'Too small' },
        ],
      });
    });
    const { container } = render(<SettingsPage />);
    await waitFor(() => expect(container.querySelector('.settings-current-version')).not.toBeNull());
    expect(text(container, '.settings-current-version')).toContain('当前 v3');
    expect(container.querySelectorAll('.settings-history').length).toBe(1);

    // Locally: the second level below the first.
    type(container, '.settings-levels-1-threshold', '0');
    type(container, '.settings-levels-2-multiplier', 'abc');
    fireEvent.click(container.querySelector('.settings-save')!);
    await flush();
    expect(puts).toBe(0);
    expect(text(container, '.settings-levels-1-threshold-error')).toBe('门槛需高于上一个等级');
    expect(text(container, '.settings-levels-2-multiplier-error')).toBe('请填写数字');
    expect(text(container, '.settings-error')).toBe('请按提示修改后再保存');

    // The server's refusal lands at its field too.
    type(container, '.settings-levels-1-threshold', '100');
    type(container, '.settings-levels-2-multiplier', '1.5');
    expect(container.querySelector('.settings-levels-1-threshold-error')).toBeNull();
    fireEvent.click(container.querySelector('.settings-save')!);
    await waitFor(() => expect(puts).toBe(1));
    await flush();
    expect(text(container, '.settings-levels-1-threshold-error')).toBe('门槛需高于上一个等级');
    expect(text(container, '.settings-earning-pointsPerYuan-error')).toBe('每元积分需大于 0，最多 100');
    const put = request.mock.calls.find(([options]) => options.method === 'PUT')![0];
    expect(put.data.levels[1].threshold).toBe(100);
    expect(put.data.levels[2].multiplier).toBe(1.5);
    expect(put.data.levels[0].perks).toEqual(demoProgram.levels[0]!.perks);
    expect(put.data.effectiveAt).toBeUndefined();
  });

  it('shows the bounds under each number, refuses a value beyond them, and saves the 待到账 settings', async () => {
    let put: any;
    mockApi(({ method, data }) => {
      if (method === 'PUT') put = data;
      return method === 'GET' ? { status: 200, body: program() } : { status: 200, body: program().current };
    });
    const { container } = render(<SettingsPage />);
    await waitFor(() => expect(container.querySelector('.settings-refundWindowDays')).not.toBeNull());
    const hint = (name: string) => text(container, `.form-field--${name} .form-field__hint`);
    expect(hint('refundWindowDays')).toBe('期内全额退款则取消 · 0–30');
    expect(hint('checkin-basePoints')).toBe('0–1,000');
    expect(hint('earning-pendingDays')).toBe('0 = 立即到账 · 0–30');
    expect(hint('referral-minPaidFen')).toBe('¥0–1,000,000');
    expect(hint('levels-1-multiplier')).toBe('大于 0，最多 10');

    type(container, '.settings-refundWindowDays', '31');
    type(container, '.settings-checkin-basePoints', '9007199254740991');
    fireEvent.click(container.querySelector('.settings-save')!);
    await flush();
    expect(put).toBeUndefined();
    expect(text(container, '.settings-refundWindowDays-error')).toBe('奖励到账天数为 0–30 的整数');
    expect(text(container, '.settings-checkin-basePoints-error')).toBe('签到积分为 0–1,000 的整数');

    type(container, '.settings-refundWindowDays', '10');
    type(container, '.settings-checkin-basePoints', '5');
    type(container, '.settings-earning-pendingDays', '1');
    type(container, '.settings-referral-minPaidFen', '15.5');
    fireEvent.click(container.querySelector('.settings-save')!);
    await waitFor(() => expect(put).toBeDefined());
    expect(put).toMatchObject({ refundWindowDays: 10, earning: { pendingDays: 1 }, referral: { minPaidFen: 1550 } });
  });

  it('refuses an effective time in the past', async () => {
    mockApi(() => ({ status: 200, body: program() }));
    const { container } = render(<SettingsPage />);
    await waitFor(() => expect(container.querySelector('.settings-when-later')).not.toBeNull());
    fireEvent.click(container.querySelector('.settings-when-later')!);
    type(container, '.settings-effective-date', '2020-01-01');
    fireEvent.click(container.querySelector('.settings-save')!);
    await flush();
    expect(text(container, '.settings-effective-date-error')).toBe('生效时间需晚于现在');
  });
});

describe('操作日志', () => {
  it('lists who did what and before → after in Chinese', async () => {
    mockApi(() => ({
      status: 200,
      body: {
        items: [
          {
            auditId: 'a1',
            at: '2026-11-23T02:00:00Z',
            actor: 'marketer:marketer',
            action: 'points.adjust',
            target: { kind: 'member', id: 'm1' },
            targetLabel: '林小满 · 10000001',
            before: { balance: 1260, debt: 0 },
            after: { balance: 1360, debt: 0, points: 100, reason: '补发' },
          },
        ],
        nextCursor: null,
      },
    }));
    const { container } = render(<AuditPage />);
    await waitFor(() => expect(container.querySelector('.audit-row')).not.toBeNull());
    expect(text(container, '.audit-row__action')).toBe('调整积分');
    expect(text(container, '.audit-row__meta')).toBe('营销 marketer · 会员 林小满 · 10000001 ›');
    fireEvent.click(container.querySelector('.audit-open-member')!);
    expect(Taro.navigateTo).toHaveBeenCalledWith({ url: '/marketer/member/index?memberId=m1' });
    expect([...container.querySelectorAll('.audit-row__change')].map((node) => node.textContent)).toEqual([
      '积分余额 1,260 → 1,360',
      '积分 +100',
      '原因 补发',
    ]);
    expect(changeLines({ status: 'draft' }, { status: 'active' })).toEqual(['状态 草稿 → 进行中']);
    expect(changeLines(undefined, { name: '双十一', templateId: 't1', audience: {} })).toEqual([
      '名称 双十一',
      '另有 2 项设置',
    ]);
  });
});
