import { act, fireEvent, render, waitFor } from '@testing-library/react';
import Taro from '@tarojs/taro';
import CouponsPage from '../../miniapp/src/pages/coupons/index';
import CardPage from '../../miniapp/src/pages/card/index';
import ProfilePage from '../../miniapp/src/pages/profile/index';
import { coupon, page } from './coupon-fixtures';
import { errorReply, member, memberCode, mockApi, signIn } from './fixtures';
import { lifecycle } from './__mocks__/taro';

const DAY = 86_400_000;

const wallet = {
  available: [
    coupon({
      couponId: 'soon',
      title: '新人首杯免费',
      type: 'gift',
      giftName: '任意中杯饮品',
      valueFen: 2800,
      minSpendFen: 0,
      source: 'new-member',
      validUntil: new Date(Date.now() + 2 * DAY).toISOString(),
    }),
    coupon({ couponId: 'later', title: '满30减5', source: 'upgrade-gift', validUntil: '2099-12-01T00:00:00+08:00' }),
    coupon({
      couponId: 'pct',
      title: '拿铁8.8折',
      type: 'percent_off',
      valueFen: null,
      percent: 88,
      maxDiscountFen: 2000,
      minSpendFen: 0,
      source: 'campaign',
      validUntil: '2099-12-31T16:00:00Z',
      storeIds: ['S001'],
      storeNames: { S001: '啡常时光·人民广场店' },
    }),
  ],
  used: [
    coupon({
      couponId: 'used',
      status: 'used',
      source: 'stamp-card',
      title: '中杯咖啡兑换券',
      usedAt: '2026-11-20T06:30:00Z',
      usedStoreId: 'S001',
      storeNames: { S001: '啡常时光·人民广场店' },
    }),
  ],
  expired: [coupon({ couponId: 'old', status: 'expired', source: 'birthday', title: '生日杯' })],
  revoked: [coupon({ couponId: 'gone', status: 'revoked', source: 'campaign', title: '活动券' })],
};

function serve(over: Partial<typeof wallet> = {}) {
  const lists = { ...wallet, ...over };
  return mockApi(({ path, query }) => {
    if (path === '/v1/me/coupons') return page(lists[(query.get('status') ?? 'available') as keyof typeof lists] ?? []);
    return errorReply(404, 'NOT_FOUND', '没有找到相关内容');
  });
}

const ids = (container: HTMLElement) =>
  [...container.querySelectorAll('.coupon-card')].map((card) => card.getAttribute('data-coupon-id'));

describe('我的优惠券', () => {
  beforeEach(() => signIn('member'));

  it('lists usable coupons ending soonest first, with value, minimum spend, until when, source and 即将过期', async () => {
    const request = serve({ available: [wallet.available[1]!, wallet.available[0]!, wallet.available[2]!] });
    const { container } = render(<CouponsPage />);
    await waitFor(() => expect(container.querySelector('.coupon-card')).not.toBeNull());
    expect(new URL(request.mock.calls[0][0].url).searchParams.get('status')).toBe('available');
    expect(ids(container)).toEqual(['soon', 'later', 'pct']);

    const later = container.querySelector('.coupon-card-later')!;
    expect(later.querySelector('.coupon-stub')!.textContent).toBe('¥5满30元可用');
    expect(later.querySelector('.coupon-card-valid')!.textContent).toBe('2099-12-01 前有效');
    expect(later.querySelector('.coupon-card-source')!.textContent).toBe('升级礼');
    expect(later.querySelector('.coupon-expiring')).toBeNull();

    const soon = container.querySelector('.coupon-card-soon')!;
    expect(soon.querySelector('.coupon-expiring')!.textContent).toBe('即将过期');
    expect(soon.querySelector('.coupon-stub')!.textContent).toContain('任意中杯饮品');
    expect(soon.querySelector('.coupon-card-source')!.textContent).toBe('新人礼');

    const pct = container.querySelector('.coupon-card-pct')!;
    expect(pct.querySelector('.coupon-stub')!.textContent).toBe('8.8折无门槛');
    expect(pct.textContent).toContain('最高减¥20');
    expect(pct.textContent).toContain('限 人民广场店 使用');
    expect(pct.querySelector('.coupon-card-valid')!.textContent).toBe('2100-01-01 前有效');
  });

  it('switches tabs: 已使用 with when and 已过期 with revoked ones marked 已作废', async () => {
    const request = serve();
    const { container } = render(<CouponsPage />);
    await waitFor(() => expect(container.querySelector('.coupon-card')).not.toBeNull());

    fireEvent.click(container.querySelector('.coupons-tab-used')!);
    await waitFor(() => expect(ids(container)).toEqual(['used']));
    expect(container.querySelector('.coupons-tab-used')!.className).toContain('wallet-tabs__item--active');
    expect(container.querySelector('.coupon-card-used .coupon-card-valid')!.textContent).toBe(
      '2026-11-20 14:30 已使用',
    );
    expect(container.querySelector('.coupon-card-used .coupon-card-status')!.textContent).toBe('已使用');
    expect(container.querySelector('.coupon-card-used .coupon-card-source')!.textContent).toBe('集点卡');

    fireEvent.click(container.querySelector('.coupons-tab-expired')!);
    await waitFor(() => expect(ids(container).sort()).toEqual(['gone', 'old']));
    expect(container.querySelector('.coupon-card-gone .coupon-card-status')!.textContent).toBe('已作废');
    expect(container.querySelector('.coupon-card-old .coupon-card-status')!.textContent).toBe('已过期');
    const statuses = request.mock.calls.map(([options]) => new URL(options.url).searchParams.get('status'));
    expect(statuses).toEqual(['available', 'used', 'expired', 'revoked']);
  });

  it('opens a coupon, and 领券中心 from the top', async () => {
    serve();
    const { container } = render(<CouponsPage />);
    await waitFor(() => expect(container.querySelector('.coupon-card-later')).not.toBeNull());
    fireEvent.click(container.querySelector('.coupon-card-later')!);
    expect(Taro.navigateTo).toHaveBeenLastCalledWith({ url: '/pages/coupon/index?couponId=later' });
    fireEvent.click(container.querySelector('.coupons-open-center')!);
    expect(Taro.navigateTo).toHaveBeenLastCalledWith({ url: '/pages/coupon-center/index' });
  });

  it('says so when there is nothing usable and leads to 领券中心', async () => {
    serve({ available: [] });
    const { container } = render(<CouponsPage />);
    await waitFor(() => expect(container.querySelector('.coupons-empty')).not.toBeNull());
    expect(container.querySelector('.coupons-empty')!.textContent).toContain('还没有可以使用的优惠券');
    fireEvent.click(container.querySelector('.coupons-empty-center')!);
    expect(Taro.navigateTo).toHaveBeenLastCalledWith({ url: '/pages/coupon-center/index' });
  });

  it('shows a load failure with a retry, and reloads on pull-down', async () => {
    let fail = true;
    mockApi(() => (fail ? errorReply(500, 'INTERNAL', '系统开小差了，请稍后再试') : page(wallet.available)));
    const { container } = render(<CouponsPage />);
    await waitFor(() => expect(container.querySelector('.error-state')).not.toBeNull());
    expect(container.querySelector('.error-state')!.textContent).toContain('优惠券加载失败');
    fail = false;
    fireEvent.click(container.querySelector('.error-state__retry')!);
    await waitFor(() => expect(ids(container)).toHaveLength(3));
    await act(async () => lifecycle.fire('pullDownRefresh'));
    await waitFor(() => expect(Taro.stopPullDownRefresh).toHaveBeenCalled());
  });
});

describe('ways to the coupons', () => {
  beforeEach(() => signIn('member'));

  it('shows the usable count on the card and opens the wallet and 领券中心', async () => {
    mockApi(({ path }) => {
      if (path === '/v1/me') return { status: 200, body: member };
      if (path === '/v1/me/coupons') return page(wallet.available);
      return { status: 200, body: memberCode() };
    });
    const { container } = render(<CardPage />);
    await waitFor(() => expect(container.querySelector('.card-coupon-count')?.textContent).toBe('3 张可用'));
    fireEvent.click(container.querySelector('.card-open-coupons')!);
    expect(Taro.navigateTo).toHaveBeenLastCalledWith({ url: '/pages/coupons/index' });
    fireEvent.click(container.querySelector('.card-open-coupon-center')!);
    expect(Taro.navigateTo).toHaveBeenLastCalledWith({ url: '/pages/coupon-center/index' });
  });

  it('lists 我的优惠券 and 领券中心 on 我的', async () => {
    mockApi(({ path }) => (path === '/v1/me/coupons' ? page([]) : { status: 200, body: member }));
    const { container } = render(<ProfilePage />);
    await waitFor(() => expect(container.querySelector('.profile-coupon-count')?.textContent).toBe('去领券中心看看'));
    fireEvent.click(container.querySelector('.profile-open-coupons')!);
    expect(Taro.navigateTo).toHaveBeenLastCalledWith({ url: '/pages/coupons/index' });
    fireEvent.click(container.querySelector('.profile-open-coupon-center')!);
    expect(Taro.navigateTo).toHaveBeenLastCalledWith({ url: '/pages/coupon-center/index' });
  });
});
