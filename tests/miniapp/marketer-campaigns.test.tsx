import { act, fireEvent, render, waitFor } from '@testing-library/react';
import Taro from '@tarojs/taro';
import type { CampaignView } from '@app/shared';
import CampaignNewPage from '../../miniapp/src/marketer/campaign-new/index';
import CampaignPage from '../../miniapp/src/marketer/campaign/index';
import CampaignsPage from '../../miniapp/src/marketer/campaigns/index';
import {
  audienceSummary,
  buildAudience,
  emptyAudienceDraft,
  memberNosOf,
} from '../../miniapp/src/features/campaigns/audience-form';
import { buildCampaign, emptyCampaignDraft } from '../../miniapp/src/features/campaigns/campaign-form';
import { rateText } from '../../miniapp/src/features/campaigns/campaign-words';
import { forgetCampaigns, rememberTemplate } from '../../miniapp/src/features/campaigns/campaign-cache';
import { campaign, template } from './coupon-fixtures';
import { namesReply } from './console-fixtures';
import { errorReply, mockApi, signIn } from './fixtures';
import { lifecycle, router } from './__mocks__/taro';

const stores = [
  { storeId: 'S001', name: '啡常时光·人民广场店', city: '上海', status: 'open' },
  { storeId: 'S002', name: '啡常时光·陆家嘴店', city: '上海', status: 'open' },
];
const templates = {
  items: [
    template(),
    template({
      templateId: 'tpl-2',
      title: '拿铁8.8折',
      type: 'percent_off',
      valueFen: null,
      percent: 88,
      minSpendFen: 0,
    }),
  ],
  nextCursor: null,
};
const sample = [
  {
    memberId: 'm1',
    memberNo: '10000003',
    nickname: '新朋友',
    levelCode: 'L1',
    levelName: '普通会员',
    joinedAt: '2025-11-20T02:00:00Z',
  },
];

const flush = () =>
  act(async () => {
    for (let i = 0; i < 5; i++) await Promise.resolve();
  });

function type(container: HTMLElement, selector: string, value: string) {
  fireEvent.change(container.querySelector(selector)!, { target: { value } });
}

const posts = (request: jest.Mock, path: string) =>
  request.mock.calls
    .filter(([options]) => options.method === 'POST' && new URL(options.url).pathname === path)
    .map(([options]) => options);

describe('the audience and campaign rules', () => {
  it('keeps only the conditions given, and reads member numbers from lines, commas and spaces', () => {
    expect(buildAudience(emptyAudienceDraft())).toEqual({ ok: true, audience: {} });
    const built = buildAudience({
      ...emptyAudienceDraft(),
      levels: ['L1'],
      joinedFrom: '2026-1-1',
      inactiveDays: '30',
      birthdayMonth: 3,
      pointsMin: '100',
      homeStoreIds: ['S001'],
      memberNos: '10000001\n10000002, 10000001',
    });
    expect(built).toEqual({
      ok: true,
      audience: {
        levels: ['L1'],
        joinedFrom: '2026-01-01',
        inactiveDays: 30,
        birthdayMonth: 3,
        pointsMin: 100,
        homeStoreIds: ['S001'],
        memberNos: ['10000001', '10000002'],
      },
    });
    expect(memberNosOf('1000000 abc 10000001')).toEqual({ valid: ['10000001'], invalid: ['1000000', 'abc'] });
    expect(buildAudience({ ...emptyAudienceDraft(), pointsMin: '500', pointsMax: '100', memberNos: '123' })).toEqual({
      ok: false,
      errors: { pointsMax: '最高积分不能低于最低积分', memberNos: '会员号为 8 位数字，请检查：123' },
    });
  });

  it('says an audience in words', () => {
    const names = {
      levels: [
        { code: 'L1', name: '普通会员' },
        { code: 'L2', name: '银卡会员' },
      ],
      storeNames: { S002: '啡常时光·陆家嘴店' },
    };
    expect(audienceSummary({}, names)).toEqual(['全部会员']);
    expect(
      audienceSummary(
        {
          levels: ['L1', 'L2'],
          inactiveDays: 30,
          birthdayMonth: 3,
          pointsMin: 100,
          pointsMax: 500,
          homeStoreIds: ['S002'],
          memberNos: ['10000001'],
        },
        names,
      ),
    ).toEqual([
      '等级：普通会员、银卡会员',
      '30 天未消费',
      '3 月生日',
      '积分 100–500',
      '常去门店：陆家嘴店',
      '指定会员 1 位',
    ]);
  });

  it('builds a push (now or at a moment) and a claim campaign', () => {
    const now = Date.parse('2026-11-23T10:00:00+08:00');
    const base = { ...emptyCampaignDraft(), name: '回馈', templateId: 'tpl-1' };
    expect(buildCampaign(base, { levels: ['L1'] }, now)).toEqual({
      ok: true,
      body: { name: '回馈', kind: 'push', templateId: 'tpl-1', audience: { levels: ['L1'] }, notify: true },
    });
    const scheduled = buildCampaign(
      { ...base, sendMode: 'schedule', scheduleDate: '2026-12-01', scheduleTime: '9:30' },
      {},
      now,
    );
    expect(scheduled.ok && scheduled.body.scheduleAt).toBe('2026-12-01T09:30:00+08:00');
    expect(
      buildCampaign({ ...base, sendMode: 'schedule', scheduleDate: '2026-11-01', scheduleTime: '10:00' }, {}, now),
    ).toEqual({ ok: false, errors: { schedule: '发送时间需晚于现在' } });
    const claim = buildCampaign(
      {
        ...base,
        kind: 'claim',
        stock: '100',
        perMemberLimit: '2',
        claimFrom: '2026-12-01',
        claimUntil: '2026-12-31',
        budget: '500',
      },
      {},
      now,
    );
    expect(claim).toEqual({
      ok: true,
      body: {
        name: '回馈',
        kind: 'claim',
        templateId: 'tpl-1',
        audience: {},
        stock: 100,
        perMemberLimit: 2,
        claimFrom: '2026-12-01T00:00:00+08:00',
        claimUntil: '2027-01-01T00:00:00+08:00',
        budgetFen: 50000,
      },
    });
    expect(buildCampaign({ ...emptyCampaignDraft(), kind: 'claim', perMemberLimit: '21' }, {}, now)).toEqual({
      ok: false,
      errors: { name: '请填写活动名称', template: '请选择优惠券模板', perMemberLimit: '每人限领 1–20 张' },
    });
    expect(rateText(0.5)).toBe('50%');
    expect(rateText(1 / 3)).toBe('33.3%');
    expect(rateText(0)).toBe('0%');
  });
});

describe('新建营销活动', () => {
  beforeEach(() => {
    signIn('marketer');
    jest.useFakeTimers();
  });
  afterEach(() => jest.useRealTimers());

  function serve(over: { preview?: (audience: unknown) => unknown; create?: (data: unknown) => unknown } = {}) {
    return mockApi(({ method, path, data }) => {
      if (path === '/v1/admin/program') return namesReply(path)!;
      if (path === '/v1/admin/stores') return { status: 200, body: stores };
      if (path === '/v1/admin/coupon-templates') return { status: 200, body: templates };
      if (path === '/v1/admin/audiences/preview') {
        const { audience } = data as { audience: { levels?: string[] } };
        return (
          (over.preview?.(audience) as never) ?? {
            status: 200,
            body: { count: audience.levels?.includes('L1') ? 1234 : 5000, sample },
          }
        );
      }
      if (method === 'POST' && path === '/v1/admin/campaigns')
        return (
          (over.create?.(data) as never) ?? {
            status: 201,
            body: campaign({ ...(data as object), campaignId: 'cmp-new' } as Partial<CampaignView>),
          }
        );
      return errorReply(404, 'NOT_FOUND', 'x');
    });
  }

  it('counts the audience as it is built, once the conditions have settled', async () => {
    const request = serve();
    const { container } = render(<CampaignNewPage />);
    await flush();
    await act(async () => {
      jest.advanceTimersByTime(500);
    });
    await flush();
    expect(posts(request, '/v1/admin/audiences/preview').map((call) => call.data)).toEqual([{ audience: {} }]);
    expect(container.querySelector('.audience-count')!.textContent).toBe('5,000');

    fireEvent.click(container.querySelector('.audience-level-L1')!);
    fireEvent.click(container.querySelector('.audience-level-L2')!);
    fireEvent.click(container.querySelector('.audience-level-L2')!);
    expect(container.querySelector('.audience-level-L1')!.className).toContain('chip--on');
    await act(async () => {
      jest.advanceTimersByTime(300);
    });
    expect(posts(request, '/v1/admin/audiences/preview')).toHaveLength(1);
    await act(async () => {
      jest.advanceTimersByTime(500);
    });
    await flush();
    expect(posts(request, '/v1/admin/audiences/preview').map((call) => call.data)).toEqual([
      { audience: {} },
      { audience: { levels: ['L1'] } },
    ]);
    expect(container.querySelector('.audience-count')!.textContent).toBe('1,234');
    expect(container.querySelector('.audience-sample')!.textContent).toContain('新朋友');
    expect(container.querySelector('.audience-sample')!.textContent).toContain('10000003');

    type(container, '.audience-points-min', '500');
    type(container, '.audience-points-max', '100');
    await act(async () => {
      jest.advanceTimersByTime(1000);
    });
    expect(posts(request, '/v1/admin/audiences/preview')).toHaveLength(2);
    expect(container.querySelector('.audience-points-max-error')!.textContent).toBe('最高积分不能低于最低积分');
    expect(container.querySelector('.audience-preview-state')!.textContent).toBe('请先修正人群条件');
  });

  it('creates a push campaign to L1 with a template and opens its page', async () => {
    const request = serve();
    const { container } = render(<CampaignNewPage />);
    await flush();
    type(container, '.campaign-name', '普通会员回馈');
    fireEvent.click(container.querySelector('.campaign-template-tpl-1 .template-row')!);
    expect(container.querySelector('.campaign-template-tpl-1 .template-row')!.className).toContain(
      'template-row--picked',
    );
    fireEvent.click(container.querySelector('.audience-level-L1')!);
    fireEvent.click(container.querySelector('.campaign-create')!);
    await flush();
    const [create] = posts(request, '/v1/admin/campaigns');
    expect(create!.data).toEqual({
      name: '普通会员回馈',
      kind: 'push',
      templateId: 'tpl-1',
      audience: { levels: ['L1'] },
      notify: true,
    });
    expect(create!.header['Idempotency-Key']).toMatch(/^campaign-/);
    expect(Taro.redirectTo).toHaveBeenCalledWith({ url: '/marketer/campaign/index?campaignId=cmp-new' });
  });

  it('creates a claim campaign with stock, limit, window and budget, and puts the server’s refusals on their fields', async () => {
    const request = serve({
      create: () =>
        errorReply(400, 'VALIDATION_FAILED', 'invalid', {
          issues: [
            { path: 'body.claimUntil', message: 'claimUntil must be after claimFrom' },
            { path: 'body.audience.pointsMax', message: 'pointsMax is below pointsMin' },
          ],
        }),
    });
    const { container } = render(<CampaignNewPage />);
    await flush();
    type(container, '.campaign-name', '周末领券');
    fireEvent.click(container.querySelector('.campaign-template-tpl-2 .template-row')!);
    fireEvent.click(container.querySelector('.campaign-kind-claim')!);
    expect(container.querySelector('.campaign-notify')).toBeNull();
    type(container, '.campaign-stock', '200');
    type(container, '.campaign-per-member', '2');
    type(container, '.campaign-claim-from', '2099-12-01');
    type(container, '.campaign-claim-until', '2099-12-31');
    type(container, '.campaign-budget', '1000');
    fireEvent.click(container.querySelector('.campaign-create')!);
    await flush();
    expect(posts(request, '/v1/admin/campaigns')[0]!.data).toEqual({
      name: '周末领券',
      kind: 'claim',
      templateId: 'tpl-2',
      audience: {},
      stock: 200,
      perMemberLimit: 2,
      claimFrom: '2099-12-01T00:00:00+08:00',
      claimUntil: '2100-01-01T00:00:00+08:00',
      budgetFen: 100000,
    });
    expect(container.querySelector('.campaign-claim-until-error')!.textContent).toBe('领取结束日期需晚于开始日期');
    expect(container.querySelector('.audience-points-max-error')!.textContent).toBe('请检查最高积分');
    expect(container.querySelector('.campaign-form-error')!.textContent).toBe('请按提示修改后再创建');
    expect(Taro.redirectTo).not.toHaveBeenCalled();
  });

  it('comes back from 新建优惠券模板 with the new template picked', async () => {
    serve();
    rememberTemplate(template({ templateId: 'tpl-2' }));
    const { container } = render(<CampaignNewPage />);
    await flush();
    expect(container.querySelector('.campaign-template-tpl-2 .template-row')!.className).toContain(
      'template-row--picked',
    );
    expect(container.querySelector('.campaign-template-tpl-1 .template-row')!.className).not.toContain(
      'template-row--picked',
    );
  });

  it('asks for a name and a template before sending anything', async () => {
    const request = serve();
    const { container } = render(<CampaignNewPage />);
    await flush();
    fireEvent.click(container.querySelector('.campaign-create')!);
    expect(container.querySelector('.campaign-name-error')!.textContent).toBe('请填写活动名称');
    expect(container.querySelector('.campaign-template-error')!.textContent).toBe('请选择优惠券模板');
    expect(posts(request, '/v1/admin/campaigns')).toHaveLength(0);
    fireEvent.click(container.querySelector('.campaign-new-template')!);
    expect(Taro.navigateTo).toHaveBeenLastCalledWith({ url: '/marketer/template-new/index' });
  });
});

describe('a campaign’s page', () => {
  beforeEach(() => {
    signIn('marketer');
    forgetCampaigns();
    router.params = { campaignId: 'cmp-1' };
  });

  it('launches a draft after a confirmation, follows the sending every 2 s and shows the results', async () => {
    jest.useFakeTimers();
    try {
      let state: CampaignView = campaign();
      let reads = 0;
      const request = mockApi(({ method, path }) => {
        const names = namesReply(path);
        if (names) return names;
        if (method === 'POST' && path === '/v1/admin/campaigns/cmp-1/launch') {
          state = campaign({
            status: 'dispatching',
            launchedAt: '2026-11-23T02:00:00Z',
            progress: { shardsDone: 0, shards: 4 },
            stats: { ...campaign().stats, targeted: 2 },
          });
          return { status: 200, body: state };
        }
        if (path === '/v1/admin/campaigns/cmp-1') {
          reads++;
          if (state.status === 'dispatching' && reads >= 3) {
            state = campaign({
              status: 'completed',
              completedAt: '2026-11-23T02:00:04Z',
              progress: { shardsDone: 4, shards: 4 },
              stats: {
                targeted: 2,
                issued: 2,
                claimed: 0,
                redeemed: 1,
                redemptionRate: 0.5,
                discountFen: 500,
                salesFen: 3550,
              },
            });
          } else if (state.status === 'dispatching') state = { ...state, progress: { shardsDone: 2, shards: 4 } };
          return { status: 200, body: state };
        }
        return errorReply(404, 'NOT_FOUND', 'x');
      });
      const { container } = render(<CampaignPage />);
      await flush();
      expect(container.querySelector('.campaign-status')!.textContent).toBe('草稿');
      expect(container.querySelector('.campaign-audience')!.textContent).toBe('等级：普通会员');
      fireEvent.click(container.querySelector('.campaign-launch')!);
      await flush();
      expect((Taro.showModal as jest.Mock).mock.calls[0][0].content).toContain(
        '立即向符合条件的会员发放「满30减5」，并发送到账通知',
      );
      const [launch] = posts(request, '/v1/admin/campaigns/cmp-1/launch');
      expect(launch!.header['Idempotency-Key']).toMatch(/^launch-/);
      expect(container.querySelector('.campaign-status')!.textContent).toBe('发送中');
      expect(container.querySelector('.campaign-progress-label')!.textContent).toBe('已完成 0/4 批 · 0%');
      expect(container.querySelector('.campaign-launch')).toBeNull();

      await act(async () => {
        jest.advanceTimersByTime(2000);
      });
      await flush();
      expect(container.querySelector('.campaign-progress-label')!.textContent).toBe('已完成 2/4 批 · 50%');
      await act(async () => {
        jest.advanceTimersByTime(2000);
      });
      await flush();
      expect(container.querySelector('.campaign-status')!.textContent).toBe('已完成');
      expect(container.querySelector('.campaign-progress')).toBeNull();
      expect(container.querySelector('.campaign-stat-targeted')!.textContent).toBe('2');
      expect(container.querySelector('.campaign-stat-issued')!.textContent).toBe('2');
      expect(container.querySelector('.campaign-stat-redeemed')!.textContent).toBe('1');
      expect(container.querySelector('.campaign-stat-redemption-rate')!.textContent).toBe('50%');
      expect(container.querySelector('.campaign-stat-discount')!.textContent).toBe('¥5.00');
      expect(container.querySelector('.campaign-stat-sales')!.textContent).toBe('¥35.50');
      expect(container.querySelector('.campaign-stat-claimed')).toBeNull();
      expect(container.querySelector('.campaign-cancel')).toBeNull();

      const before = reads;
      await act(async () => {
        jest.advanceTimersByTime(10_000);
      });
      expect(reads).toBe(before);
    } finally {
      jest.useRealTimers();
    }
  });

  it('does nothing when the launch is not confirmed', async () => {
    (Taro.showModal as jest.Mock).mockResolvedValueOnce({ confirm: false, cancel: true });
    const request = mockApi(() => ({ status: 200, body: campaign() }));
    const { container } = render(<CampaignPage />);
    await waitFor(() => expect(container.querySelector('.campaign-launch')).not.toBeNull());
    fireEvent.click(container.querySelector('.campaign-launch')!);
    await waitFor(() => expect(Taro.showModal).toHaveBeenCalled());
    expect(request.mock.calls.some(([options]) => options.method === 'POST')).toBe(false);
  });

  it('cancels an active claim campaign, retrying with the same key after no answer', async () => {
    let tries = 0;
    const active = campaign({
      kind: 'claim',
      status: 'active',
      stock: 100,
      stats: {
        targeted: 0,
        issued: 30,
        claimed: 30,
        redeemed: 3,
        redemptionRate: 0.1,
        discountFen: 1500,
        salesFen: 12000,
      },
    });
    const request = mockApi(({ method }) => {
      if (method === 'POST')
        return ++tries === 1
          ? new Error('offline')
          : { status: 200, body: { ...active, status: 'cancelled', cancelledAt: '2026-11-23T03:00:00Z' } };
      return { status: 200, body: active };
    });
    const { container } = render(<CampaignPage />);
    await waitFor(() => expect(container.querySelector('.campaign-cancel')).not.toBeNull());
    expect(container.querySelector('.campaign-stat-claimed')!.textContent).toBe('30');
    expect(container.querySelector('.campaign-stat-redemption-rate')!.textContent).toBe('10%');
    expect(container.querySelector('.campaign-launch')).toBeNull();
    fireEvent.click(container.querySelector('.campaign-cancel')!);
    await waitFor(() => expect(container.querySelector('.campaign-cancel')!.textContent).toBe('重试取消'));
    expect(container.querySelector('.campaign-action-error')!.textContent).toContain('不会重复提交');
    fireEvent.click(container.querySelector('.campaign-cancel')!);
    await waitFor(() => expect(container.querySelector('.campaign-status')!.textContent).toBe('已取消'));
    expect(Taro.showModal).toHaveBeenCalledTimes(1);
    const keys = posts(request, '/v1/admin/campaigns/cmp-1/cancel').map((call) => call.header['Idempotency-Key']);
    expect(keys).toHaveLength(2);
    expect(keys[0]).toBe(keys[1]);
    expect(container.querySelector('.campaign-cancel')).toBeNull();
  });

  it('reloads on pull-down and says when the campaign is not found', async () => {
    const request = mockApi(() => errorReply(404, 'NOT_FOUND', '没有找到相关内容'));
    const { container } = render(<CampaignPage />);
    await waitFor(() => expect(container.querySelector('.error-state')).not.toBeNull());
    expect(container.querySelector('.error-state')!.textContent).toContain('没有找到这个活动');
    await act(async () => lifecycle.fire('pullDownRefresh'));
    await waitFor(() => expect(Taro.stopPullDownRefresh).toHaveBeenCalled());
    expect(request.mock.calls.filter(([options]) => options.url.endsWith('/v1/admin/campaigns/cmp-1'))).toHaveLength(2);
  });
});

describe('营销活动', () => {
  beforeEach(() => signIn('marketer'));

  it('lists campaigns with their status and results, and opens one', async () => {
    mockApi(() => ({
      status: 200,
      body: {
        items: [
          campaign({ campaignId: 'c-draft' }),
          campaign({
            campaignId: 'c-done',
            name: '双十一',
            status: 'completed',
            stats: {
              targeted: 10,
              issued: 10,
              claimed: 0,
              redeemed: 4,
              redemptionRate: 0.4,
              discountFen: 2000,
              salesFen: 50000,
            },
          }),
        ],
        nextCursor: null,
      },
    }));
    const { container } = render(<CampaignsPage />);
    await waitFor(() => expect(container.querySelector('.campaign-row-c-done')).not.toBeNull());
    expect(container.querySelector('.campaign-row-c-draft .campaign-row-status--draft')!.textContent).toBe('草稿');
    expect(container.querySelector('.campaign-row-c-done .campaign-row-status--completed')!.textContent).toBe('已完成');
    expect(container.querySelector('.campaign-row-c-done')!.textContent).toContain(
      '已发 10 · 已核销 4 · 带动销售 ¥500.00',
    );
    fireEvent.click(container.querySelector('.campaign-row-c-done')!);
    expect(Taro.navigateTo).toHaveBeenLastCalledWith({ url: '/marketer/campaign/index?campaignId=c-done' });
    fireEvent.click(container.querySelector('.campaigns-new')!);
    expect(Taro.navigateTo).toHaveBeenLastCalledWith({ url: '/marketer/campaign-new/index' });
  });
});
