import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import Taro from '@tarojs/taro';
import { lifecycle } from './__mocks__/taro';
import CardPage from '../../miniapp/src/pages/card/index';
import { CODE, errorReply, member, memberCode, mockApi, signIn } from './fixtures';

describe('会员卡 page', () => {
  beforeEach(() => signIn('member'));

  it('shows a skeleton, then the card with QR, digits, countdown, progress and rights', async () => {
    mockApi(({ path }) => (path === '/v1/me' ? { status: 200, body: member } : { status: 200, body: memberCode() }));
    const { container } = render(<CardPage />);
    expect(container.querySelector('.skeleton')).not.toBeNull();
    await waitFor(() => expect(container.querySelector('.member-qr')).not.toBeNull());
    expect(container.querySelector('.member-nickname')!.textContent).toBe('拿铁爱好者');
    expect(container.querySelector('.member-code-digits')!.textContent!.replace(/\s/g, '')).toBe(CODE);
    expect(container.querySelector('.member-code-countdown')!.textContent).toMatch(/^(50|49) 秒后自动刷新$/);
    expect(screen.getByText('再获得 620 成长值升级为 金卡会员')).toBeTruthy();
    expect(screen.getByText('门店9折')).toBeTruthy();
  });

  it("shows the server's message and a retry button when the card cannot load", async () => {
    let fail = true;
    mockApi(({ path }) => {
      if (path === '/v1/me')
        return fail ? errorReply(500, 'INTERNAL', '系统开小差了，请稍后再试') : { status: 200, body: member };
      return { status: 200, body: memberCode() };
    });
    const { container } = render(<CardPage />);
    await waitFor(() => expect(screen.getByText('系统开小差了，请稍后再试')).toBeTruthy());
    fail = false;
    fireEvent.click(screen.getByText('重新加载'));
    await waitFor(() => expect(container.querySelector('.member-nickname')).not.toBeNull());
  });

  it('reloads on pull-down and stops the pull-down animation', async () => {
    const request = mockApi(({ path }) =>
      path === '/v1/me' ? { status: 200, body: member } : { status: 200, body: memberCode() },
    );
    const { container } = render(<CardPage />);
    await waitFor(() => expect(container.querySelector('.member-qr')).not.toBeNull());
    const before = request.mock.calls.length;
    await act(async () => lifecycle.fire('pullDownRefresh'));
    await waitFor(() => expect(Taro.stopPullDownRefresh).toHaveBeenCalled());
    // The card, the member code and the count of usable coupons.
    await waitFor(() => expect(request.mock.calls.length).toBe(before + 3));
    expect(
      request.mock.calls
        .slice(before)
        .map(([options]) => new URL(options.url).pathname)
        .sort(),
    ).toEqual(['/v1/me', '/v1/me/code', '/v1/me/coupons']);
  });

  it('sends someone without a session to login', async () => {
    Taro.clearStorageSync();
    mockApi(() => errorReply(401, 'AUTH_REQUIRED', '请先登录'));
    render(<CardPage />);
    expect(Taro.reLaunch).toHaveBeenCalledWith({ url: '/pages/login/index' });
    await screen.findByText('请先登录');
  });

  it('sends staff to their own home instead of a member card', async () => {
    signIn('staff');
    mockApi(() => errorReply(403, 'FORBIDDEN', '没有权限进行此操作'));
    render(<CardPage />);
    expect(Taro.reLaunch).toHaveBeenCalledWith({ url: '/store/scan/index' });
    await screen.findByText('没有权限进行此操作');
  });
});
