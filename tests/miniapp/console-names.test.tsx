import Taro from '@tarojs/taro';
import { fireEvent, render, waitFor } from '@testing-library/react';
import MemberPage from '../../miniapp/src/marketer/member/index';
import StoreActivityPage from '../../miniapp/src/store/activity/index';
import { member360 } from './console-fixtures';
import { errorReply, mockApi, signIn } from './fixtures';
import { router } from './__mocks__/taro';

describe('words, never internal codes, in the remaining lists', () => {
  it('会员 360’s level history says why in words (升级, 保级失败降级), not the stored reason code', async () => {
    signIn('marketer');
    router.params = { memberId: 'm1' };
    const history = [
      {
        from: 'L2',
        to: 'L1',
        at: '2026-10-01T00:00:00Z',
        reason: 'review-drop',
        fromName: '银卡会员',
        toName: '普通会员',
      },
      { from: 'L1', to: 'L2', at: '2025-06-01T00:00:00Z', reason: 'upgrade', fromName: '普通会员', toName: '银卡会员' },
      { from: null, to: 'L1', at: '2025-03-02T02:00:00Z', reason: 'registered', fromName: null, toName: '普通会员' },
    ];
    mockApi(({ path }) =>
      path === '/v1/admin/members/m1'
        ? { status: 200, body: member360({ levelHistory: history }) }
        : errorReply(404, 'NOT_FOUND', 'no'),
    );
    const { container } = render(<MemberPage />);
    await waitFor(() => expect(container.querySelector('.member-tab-levels')).not.toBeNull());
    fireEvent.click(container.querySelector('.member-tab-levels')!);
    await waitFor(() => expect(container.querySelectorAll('.level-change-reason')).toHaveLength(3));
    const reasons = [...container.querySelectorAll('.level-change-reason')].map((cell) => cell.textContent);
    expect(reasons).toEqual(['保级失败降级', '升级', '注册']);
    expect(container.textContent).not.toMatch(/review-drop|upgrade|registered/);
  });

  it('今日流水 names the clerk’s store, not its id', async () => {
    signIn('staff');
    Taro.setStorageSync('hyk.session', { ...Taro.getStorageSync('hyk.session'), storeName: '啡常时光·人民广场店' });
    mockApi(({ query }) => ({
      status: 200,
      body: {
        date: query.get('date') ?? '2026-11-23',
        storeId: 'S001',
        items: [],
        totals: { purchases: 0, salesFen: 0, refunds: 0, refundedFen: 0, handouts: 0 },
      },
    }));
    const { container } = render(<StoreActivityPage />);
    await waitFor(() => expect(container.querySelector('.activity-panel')).not.toBeNull());
    const hint = container.querySelector('.activity-panel .panel__hint')!.textContent;
    expect(hint).toBe('啡常时光·人民广场店 · 共 0 条');
  });
});
