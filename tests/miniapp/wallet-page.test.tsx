import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import Taro from '@tarojs/taro';
import WalletPage from '../../miniapp/src/pages/wallet/index';
import { CardWallet } from '../../miniapp/src/features/wallet/components/CardWallet';
import { outcomeWords } from '../../miniapp/src/features/wallet/wallet-words';
import { errorReply, mockApi, signIn } from './fixtures';
import { entry, topup, wallet } from './wallet-fixtures';

beforeEach(() => signIn('member'));

describe('我的钱包', () => {
  it('shows the balance with principal and bonus, the lots with their dates and the history', async () => {
    mockApi(({ path }) =>
      path === '/v1/me/wallet'
        ? { status: 200, body: wallet }
        : {
            status: 200,
            body: {
              items: [
                entry({ id: 'W2', type: 'pay', principalFen: -5_000, bonusFen: -500, balanceAfterFen: 28_500 }),
                entry(),
              ],
              nextCursor: null,
            },
          },
    );
    const { container } = render(<WalletPage />);
    await waitFor(() => expect(container.querySelector('.wallet-summary__balance')!.textContent).toBe('340.00'));
    expect(container.querySelector('.wallet-summary__split')!.textContent).toBe('本金 ¥300.00赠送 ¥40.00');
    expect(container.querySelector('.wallet-lot__date')!.textContent).toBe('充值于 2026年11月20日');
    await waitFor(() => expect(container.querySelectorAll('.wallet-entry')).toHaveLength(2));
    const [pay, top] = [...container.querySelectorAll('.wallet-entry')];
    expect(pay!.querySelector('.wallet-entry__title')!.textContent).toBe('消费支付');
    expect(pay!.querySelector('.wallet-entry__amount')!.textContent).toBe('-¥55.00');
    expect(pay!.querySelector('.wallet-entry__after')!.textContent).toBe('含赠送 ¥5.00 · 余额 ¥285.00');
    expect(top!.querySelector('.wallet-entry__amount')!.textContent).toBe('+¥340.00');
    expect(screen.getByText('没有更多记录了')).toBeTruthy();
    fireEvent.click(container.querySelector('.wallet-summary__topup')!);
    expect(Taro.navigateTo).toHaveBeenCalledWith(expect.objectContaining({ url: '/pages/topup/index' }));
  });

  it('reads further pages with the cursor the server sealed', async () => {
    const request = mockApi(({ path, query }) =>
      path === '/v1/me/wallet'
        ? { status: 200, body: wallet }
        : query.get('cursor') === 'sealed-1'
          ? { status: 200, body: { items: [entry({ id: 'W0' })], nextCursor: null } }
          : { status: 200, body: { items: [entry()], nextCursor: 'sealed-1' } },
    );
    const { container } = render(<WalletPage />);
    await waitFor(() => expect(screen.getByText('上拉加载更多')).toBeTruthy());
    fireEvent.click(screen.getByText('上拉加载更多'));
    await waitFor(() => expect(container.querySelectorAll('.wallet-entry')).toHaveLength(2));
    expect(request.mock.calls.some(([options]) => String(options.url).includes('cursor=sealed-1'))).toBe(true);
  });

  it('says so when the wallet is empty, and offers a retry when it cannot load', async () => {
    mockApi(({ path }) =>
      path === '/v1/me/wallet'
        ? { status: 200, body: { balanceFen: 0, principalFen: 0, bonusFen: 0, lots: [] } }
        : { status: 200, body: { items: [], nextCursor: null } },
    );
    const empty = render(<WalletPage />);
    await waitFor(() => expect(screen.getByText('钱包里还没有钱')).toBeTruthy());
    expect(screen.getByText('还没有资金变动')).toBeTruthy();
    empty.unmount();
    mockApi(() => errorReply(500, 'INTERNAL', '服务器开小差了'));
    render(<WalletPage />);
    await waitFor(() => expect(screen.getByText('钱包加载失败')).toBeTruthy());
  });
});

describe('the wallet on the card', () => {
  it('shows the balance and opens 我的钱包', async () => {
    mockApi(() => ({ status: 200, body: wallet }));
    const { container } = render(<CardWallet />);
    await waitFor(() => expect(container.querySelector('.card-wallet__balance')!.textContent).toBe('¥340.00'));
    fireEvent.click(container.querySelector('.card-wallet')!);
    expect(Taro.navigateTo).toHaveBeenCalledWith(expect.objectContaining({ url: '/pages/wallet/index' }));
  });
});

describe('top-up words', () => {
  it('says 到账了 with the gifts and the balance, and each other ending in the member’s words', () => {
    expect(outcomeWords({ kind: 'paid', topup: topup({ status: 'paid', balanceFen: 34_000 }) })).toEqual({
      title: '到账了',
      message: '充值 ¥300.00，赠送 ¥40.00、30 积分 已存入钱包，钱包余额 ¥340.00',
    });
    expect(outcomeWords({ kind: 'confirming', topupId: 'TU1' }).title).toBe('还在确认');
    expect(outcomeWords({ kind: 'closed' }).title).toBe('已关闭');
    expect(outcomeWords({ kind: 'cancelled' }).title).toBe('已取消');
  });
});
