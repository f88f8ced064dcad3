import { act, fireEvent, render, waitFor } from '@testing-library/react';
import Taro from '@tarojs/taro';
import MallPage from '../../miniapp/src/pages/mall/index';
import { lifecycle } from './__mocks__/taro';
import { errorReply, member, mockApi, signIn } from './fixtures';
import { itemsReply, mallItem } from './mall-fixtures';

const catalog = [
  mallItem({ itemId: 'demo-spoon', name: '咖啡勺', points: 50, stock: null }),
  mallItem({ itemId: 'demo-filter', name: '咖啡滤纸', points: 100, stock: 3 }),
  mallItem({
    itemId: 'demo-latte-art',
    name: '拉花私人课程',
    category: '体验课程',
    points: 1000,
    stock: 0,
    redeemable: false,
    reason: 'STOCK_EXHAUSTED',
  }),
  mallItem({
    itemId: 'demo-cup',
    name: '定制随行杯',
    category: '定制好物',
    points: 800,
    cashFen: 2000,
    stock: 50,
    minLevel: 'L3',
    minLevelName: '金卡会员',
    redeemable: false,
    reason: 'LEVEL_TOO_LOW',
  }),
  mallItem({
    itemId: 'demo-beans',
    name: '季节限定咖啡豆',
    category: '咖啡周边',
    points: 5000,
    redeemable: false,
    reason: 'POINTS_INSUFFICIENT',
  }),
];

function mallApi(options: { fail?: () => boolean } = {}) {
  return mockApi(({ path, query }) => {
    if (path === '/v1/me') return { status: 200, body: member };
    if (path === '/v1/mall/items') {
      if (options.fail?.()) return new Error('offline');
      const category = query.get('category');
      return itemsReply(category ? catalog.filter((item) => item.category === category) : catalog);
    }
    return errorReply(404, 'NOT_FOUND', 'x');
  });
}

const card = (container: HTMLElement, itemId: string) => container.querySelector(`.mall-item-${itemId}`)!;

describe('积分商城 page', () => {
  beforeEach(() => signIn('member'));

  it('shows a skeleton, then the balance, the categories and a card per item with price, stock and state', async () => {
    mallApi();
    const { container } = render(<MallPage />);
    expect(container.querySelector('.skeleton')).not.toBeNull();
    await waitFor(() => expect(container.querySelectorAll('.mall-item')).toHaveLength(5));
    expect(container.querySelector('.mall-balance')!.textContent).toBe('1,260');
    expect(Array.from(container.querySelectorAll('.mall-tab')).map((tab) => tab.textContent)).toEqual([
      '全部',
      '咖啡周边',
      '体验课程',
      '定制好物',
    ]);
    expect(container.querySelector('.mall-tab--active')!.textContent).toBe('全部');

    const spoon = card(container, 'demo-spoon');
    expect(spoon.getAttribute('data-item-id')).toBe('demo-spoon');
    expect(spoon.querySelector('.mall-item__name')!.textContent).toBe('咖啡勺');
    expect(spoon.querySelector('.mall-item__price')!.textContent).toBe('50积分');
    expect(spoon.querySelector('.mall-item-stock')).toBeNull();
    expect(spoon.querySelector('.mall-item-state')).toBeNull();
    // No pictures: a tile with the first character of the name (after 咖啡, which most names start with).
    expect(spoon.querySelector('.item-image--placeholder')!.textContent).toBe('勺');

    expect(card(container, 'demo-filter').querySelector('.mall-item-stock')!.textContent).toBe('仅剩 3 件');
    const course = card(container, 'demo-latte-art');
    // 已兑完 once, on the band (a stock line would only repeat it).
    expect(course.querySelector('.mall-item-state')!.textContent).toBe('已兑完');
    expect(course.querySelector('.mall-item-stock')).toBeNull();
    expect(course.className).toContain('mall-item--soldout');
    const cup = card(container, 'demo-cup');
    expect(cup.querySelector('.mall-item__price')!.textContent).toBe('800积分+¥20.00');
    expect(cup.querySelector('.mall-item-state')!.textContent).toBe('等级不足 · 金卡会员及以上');
    expect(card(container, 'demo-beans').querySelector('.mall-item-state')!.textContent).toBe('积分不足');
  });

  it('asks for one category when its tab is tapped', async () => {
    const request = mallApi();
    const { container } = render(<MallPage />);
    await waitFor(() => expect(container.querySelectorAll('.mall-item')).toHaveLength(5));
    fireEvent.click(Array.from(container.querySelectorAll('.mall-tab')).find((tab) => tab.textContent === '体验课程')!);
    await waitFor(() => expect(container.querySelectorAll('.mall-item')).toHaveLength(1));
    expect(container.querySelector('.mall-tab--active')!.textContent).toBe('体验课程');
    const urls = request.mock.calls
      .map((call) => call[0].url as string)
      .filter((url) => url.includes('/v1/mall/items'));
    expect(urls[urls.length - 1]).toMatch(/\/v1\/mall\/items\?category=%E4%BD%93%E9%AA%8C%E8%AF%BE%E7%A8%8B$/);
  });

  it('opens an item and 我的兑换', async () => {
    mallApi();
    const { container } = render(<MallPage />);
    await waitFor(() => expect(card(container, 'demo-cup')).not.toBeNull());
    fireEvent.click(card(container, 'demo-cup'));
    expect(Taro.navigateTo).toHaveBeenLastCalledWith({ url: '/pages/mall-item/index?itemId=demo-cup' });
    fireEvent.click(container.querySelector('.mall-open-orders')!);
    expect(Taro.navigateTo).toHaveBeenLastCalledWith({ url: '/pages/orders/index' });
  });

  it('says so when nothing is on offer yet', async () => {
    mockApi(({ path }) => (path === '/v1/me' ? { status: 200, body: member } : itemsReply([], [])));
    const { container } = render(<MallPage />);
    await waitFor(() => expect(container.querySelector('.mall-empty')).not.toBeNull());
    expect(container.querySelector('.mall-empty')!.textContent).toContain('积分商城正在上新');
  });

  it('explains a failure in plain words and retries', async () => {
    let fail = true;
    mallApi({ fail: () => fail });
    const { container } = render(<MallPage />);
    await waitFor(() => expect(container.querySelector('.error-state')).not.toBeNull());
    expect(container.querySelector('.error-state')!.textContent).toContain('网络不太好，请稍后重试');
    fail = false;
    fireEvent.click(container.querySelector('.error-state__retry')!);
    await waitFor(() => expect(container.querySelectorAll('.mall-item')).toHaveLength(5));
  });

  it('reloads the balance and the items on pull-down and when shown again', async () => {
    const request = mallApi();
    const { container } = render(<MallPage />);
    await waitFor(() => expect(container.querySelectorAll('.mall-item')).toHaveLength(5));
    const paths = (from: number) =>
      request.mock.calls
        .slice(from)
        .map((call) => new URL(call[0].url as string).pathname)
        .sort();
    expect(paths(0)).toEqual(['/v1/mall/items', '/v1/me']);

    let before = request.mock.calls.length;
    await act(async () => lifecycle.fire('pullDownRefresh'));
    await waitFor(() => expect(Taro.stopPullDownRefresh).toHaveBeenCalled());
    expect(paths(before)).toEqual(['/v1/mall/items', '/v1/me']);

    before = request.mock.calls.length;
    await act(async () => lifecycle.fire('didShow'));
    await waitFor(() => expect(request.mock.calls.length).toBe(before + 2));
    expect(paths(before)).toEqual(['/v1/mall/items', '/v1/me']);
    expect(container.querySelectorAll('.mall-item')).toHaveLength(5);
  });

  it('loads a further page at the bottom, without repeating items', async () => {
    const request = mockApi(({ path, query }) => {
      if (path === '/v1/me') return { status: 200, body: member };
      if (query.get('cursor') === 'c2') return itemsReply([catalog[1]!, catalog[2]!], undefined, null);
      return itemsReply([catalog[0]!, catalog[1]!], undefined, 'c2');
    });
    const { container } = render(<MallPage />);
    await waitFor(() => expect(container.querySelectorAll('.mall-item')).toHaveLength(2));
    await act(async () => lifecycle.fire('reachBottom'));
    await waitFor(() => expect(container.querySelectorAll('.mall-item')).toHaveLength(3));
    expect(request.mock.calls.some((call) => (call[0].url as string).includes('cursor=c2'))).toBe(true);
    expect(container.querySelector('.mall-grid__footer')!.textContent).toBe('没有更多礼品了');
  });
});
