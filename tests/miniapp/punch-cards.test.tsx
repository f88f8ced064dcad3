import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import Taro from '@tarojs/taro';
import PunchCardsPage from '../../miniapp/src/pages/punch-cards/index';
import StoreUseCardPage from '../../miniapp/src/store/use-card/index';
import { router } from './__mocks__/taro';
import { errorReply, mockApi, signIn } from './fixtures';
import { americano, card } from './plan-fixtures';
import { payment } from './wallet-fixtures';

jest.mock('../../miniapp/src/config/env', () => ({
  env: { apiUrl: 'https://api.example.com', stage: 'prod', platform: 'weapp', paySheetUrl: '' },
  isDemoLogin: false,
  isWeapp: true,
}));

const requestPayment = Taro.requestPayment as jest.Mock;
beforeEach(() => {
  router.params = {};
  requestPayment.mockReset().mockResolvedValue({ errMsg: 'requestPayment:ok' });
});

describe('我的次卡', () => {
  beforeEach(() => signIn('member'));

  it('loading, then each card with uses left, expiry and its history; a card bought with WeChat Pay shows after paying', async () => {
    let bought = false;
    const request = mockApi(({ method, path }) => {
      if (path === '/v1/me/punch-cards')
        return { status: 200, body: bought ? [card(), card({ cardId: 'C2', usesLeft: 10, history: [] })] : [card()] };
      if (path === '/v1/punch-cards') return { status: 200, body: [americano] };
      if (method === 'POST' && path === '/v1/punch-cards/AMERICANO10/orders')
        return { status: 201, body: { orderId: 'O2', status: 'awaiting_payment', priceFen: 19_900, payment } };
      if (path === '/v1/money-orders/O2') {
        bought = true;
        return { status: 200, body: { orderId: 'O2', status: 'paid', priceFen: 19_900, paidAt: null } };
      }
      return errorReply(404, 'NOT_FOUND', '不存在');
    });
    const { container } = render(<PunchCardsPage />);
    expect(screen.getByText('加载中…')).toBeTruthy();
    await waitFor(() => expect(container.querySelector('.punch-card-C1')).toBeTruthy());
    expect(container.querySelector('.punch-card__left')!.textContent).toBe('剩 8/10 次');
    expect(container.querySelector('.punch-card__valid')!.textContent).toBe('有效期至 2027-05-01');
    expect(container.querySelector('.punch-card__use')!.textContent).toContain('使用 2 次');
    expect(container.querySelector('.punch-card__receipt')!.textContent).toBe('小票 R-1001');
    expect(container.querySelector('.punch-product__terms')!.textContent).toBe('10 次 · 购买后 180 天内有效');
    fireEvent.click(container.querySelector('.punch-product__buy')!);
    await waitFor(() => expect(screen.getByText('付款成功')).toBeTruthy(), { timeout: 4_000 });
    expect(request.mock.calls.find(([options]) => options.method === 'POST')![0].data).toEqual({ payWith: 'wechat' });
    fireEvent.click(screen.getByText('查看我的次卡'));
    await waitFor(() => expect(container.querySelector('.punch-card-C2')).toBeTruthy());
  });

  it('empty: no card yet, and the error of a list that fails offers 重新加载', async () => {
    mockApi(({ path }) => (path === '/v1/me/punch-cards' ? { status: 200, body: [] } : { status: 200, body: [] }));
    const first = render(<PunchCardsPage />);
    await waitFor(() => expect(screen.getByText('还没有次卡')).toBeTruthy());
    expect(screen.getByText('暂无在售次卡')).toBeTruthy();
    first.unmount();
    mockApi(() => errorReply(500, 'INTERNAL', '服务暂时不可用'));
    render(<PunchCardsPage />);
    await waitFor(() => expect(screen.getByText('次卡加载失败')).toBeTruthy());
  });

  it('a used-up or expired card is shown as such, 限时卡 as 不限次', async () => {
    mockApi(({ path }) =>
      path === '/v1/me/punch-cards'
        ? {
            status: 200,
            body: [
              card({ status: 'used_up', usesLeft: 0 }),
              card({ cardId: 'C3', name: '月度畅饮卡', usesLeft: null, usesTotal: null, history: [] }),
            ],
          }
        : { status: 200, body: [] },
    );
    const { container } = render(<PunchCardsPage />);
    await waitFor(() =>
      expect(container.querySelector('.punch-card--done .punch-card__status')!.textContent).toBe('已用完'),
    );
    expect(container.querySelector('.punch-card-C3 .punch-card__left')!.textContent).toBe('不限次');
    expect(container.querySelector('.punch-card-C3 .punch-card__none')!.textContent).toBe('还没有使用记录');
  });
});

const scanned = (cards = [card()]) => ({
  kind: 'member',
  member: {
    memberId: 'M1',
    memberNo: '10000001',
    nickname: '拿铁爱好者',
    level: { code: 'L2', name: '银卡会员' },
    discountPercent: 95,
    points: 100,
    stamps: { count: 1, of: 10 },
  },
  coupons: [],
  counterTicket: 'TICKET1',
  counterTicketExpiresAt: null,
  paidPlan: null,
  punchCards: cards,
});

describe('核销次卡 at the counter', () => {
  beforeEach(() => signIn('staff'));

  it('chooses the card, 2 uses and the receipt number; the result shows the uses left; sent with the scan’s ticket', async () => {
    router.params = { code: '123', ticket: 'TICKET1', card: 'C1' };
    const request = mockApi(({ method, path }) => {
      if (path === '/v1/store/scan') return { status: 200, body: scanned() };
      if (method === 'POST' && path === '/v1/store/punch-cards/use')
        return { status: 201, body: { cardId: 'C1', usesLeft: 6, useId: 'U2' } };
      return errorReply(404, 'NOT_FOUND', '不存在');
    });
    const { container } = render(<StoreUseCardPage />);
    await waitFor(() => expect(container.querySelector('.use-card-C1.use-card__card--chosen')).toBeTruthy());
    fireEvent.click(container.querySelector('.use-card-plus')!);
    expect(container.querySelector('.use-card-count')!.textContent).toBe('2');
    fireEvent.click(container.querySelector('.use-card-submit')!);
    await waitFor(() => expect(screen.getByText('请填写小票号（字母、数字、_ 或 -）')).toBeTruthy());
    fireEvent.input(container.querySelector('.use-card-receipt')!, { detail: { value: 'R-2001' } });
    fireEvent.change(container.querySelector('.use-card-receipt')!, { target: { value: 'R-2001' } });
    fireEvent.click(container.querySelector('.use-card-submit')!);
    await waitFor(() => expect(screen.getByText('已核销 2 次')).toBeTruthy());
    expect(container.querySelector('.use-card-left')!.textContent).toBe('美式咖啡10次卡 · 剩 6/10 次');
    const sent = request.mock.calls.find(([options]) => options.method === 'POST' && options.url.endsWith('/use'))![0];
    expect(sent.data).toEqual({ counterTicket: 'TICKET1', cardId: 'C1', uses: 2, receiptNo: 'R-2001' });
    expect(sent.header['Idempotency-Key']).toMatch(/^card-use/);
  });

  it('uses cannot go past what is left; an expired card is refused in the staff’s words; a member without cards says so', async () => {
    router.params = { code: '123', card: 'C1' };
    mockApi(({ method, path }) => {
      if (path === '/v1/store/scan') return { status: 200, body: scanned([card({ usesLeft: 1 })]) };
      if (method === 'POST') return errorReply(409, 'CARD_EXPIRED', '次卡已过期');
      return errorReply(404, 'NOT_FOUND', '不存在');
    });
    const { container, unmount } = render(<StoreUseCardPage />);
    await waitFor(() => expect(container.querySelector('.use-card-plus')).toBeTruthy());
    fireEvent.click(container.querySelector('.use-card-plus')!);
    expect(container.querySelector('.use-card-count')!.textContent).toBe('1');
    fireEvent.change(container.querySelector('.use-card-receipt')!, { target: { value: 'R9' } });
    fireEvent.input(container.querySelector('.use-card-receipt')!, { detail: { value: 'R9' } });
    fireEvent.click(container.querySelector('.use-card-submit')!);
    await waitFor(() => expect(screen.getByText('次卡已过期')).toBeTruthy());
    unmount();
    mockApi(() => ({ status: 200, body: scanned([]) }));
    render(<StoreUseCardPage />);
    await waitFor(() => expect(screen.getByText('这位会员没有可用的次卡')).toBeTruthy());
  });
});

describe('the scan result: PLUS and usable cards', () => {
  it('shows the plan’s discount and end, each card with 核销, which opens 核销次卡 for that card', async () => {
    const { ScannedPlus } = await import('../../miniapp/src/features/counter-cards/components/ScannedPlus');
    const onUse = jest.fn();
    const scan = {
      ...scanned(),
      paidPlan: {
        planId: 'PLUS-M',
        name: '啡常PLUS 月卡',
        activeUntil: '2026-12-31T23:59:59+08:00',
        discountPercent: 88,
        pointsMultiplier: 1.5,
      },
    } as Parameters<typeof ScannedPlus>[0]['scan'];
    const { container } = render(<ScannedPlus scan={scan} onUseCard={onUse} />);
    expect(container.querySelector('.scan-paid-plan')!.textContent).toBe(
      'PLUS啡常PLUS 月卡 · 8.8折 · 积分1.5倍2026-12-31到期',
    );
    expect(container.querySelector('.scan-card-C1 .scan-plus__card-left')!.textContent).toBe(
      '剩 8/10 次 · 2027-05-01到期',
    );
    fireEvent.click(container.querySelector('.scan-use-card')!);
    expect(onUse).toHaveBeenCalledWith('C1');
    const none = render(<ScannedPlus scan={{ ...scan, paidPlan: null, punchCards: [] }} onUseCard={onUse} />);
    expect(none.container.innerHTML).toBe('');
  });
});
