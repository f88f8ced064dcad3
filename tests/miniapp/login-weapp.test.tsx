import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import Taro from '@tarojs/taro';
import LoginPage from '../../miniapp/src/pages/login/index';
import { errorReply, mockApi } from './fixtures';

jest.mock('../../miniapp/src/config/env', () => ({
  env: { apiUrl: 'https://api.example.com', stage: 'prod', platform: 'weapp' },
  isDemoLogin: false,
  isWeapp: true,
}));

describe('login in the mini-program', () => {
  it('logs in with the WeChat code at once and opens the member card', async () => {
    const request = mockApi(() => ({
      status: 200,
      body: { token: 'tok', expiresAt: new Date(Date.now() + 3600_000).toISOString(), role: 'member', memberId: '01J' },
    }));
    const { container } = render(<LoginPage />);
    expect(container.querySelector('.demo-login-demo-member-1')).toBeNull();
    await waitFor(() => expect(Taro.reLaunch).toHaveBeenCalledWith({ url: '/pages/card/index' }));
    expect(Taro.login).toHaveBeenCalled();
    expect(request.mock.calls[0][0]).toMatchObject({
      url: 'https://api.example.com/v1/auth/wechat',
      data: { code: 'wx-code' },
    });
  });

  it('offers to try again when the server refuses', async () => {
    let refuse = true;
    mockApi(() =>
      refuse
        ? errorReply(401, 'AUTH_INVALID', '登录已失效，请重新登录')
        : {
            status: 200,
            body: {
              token: 'tok',
              expiresAt: new Date(Date.now() + 3600_000).toISOString(),
              role: 'staff',
              storeId: 'S002',
            },
          },
    );
    render(<LoginPage />);
    await screen.findByText('登录已失效，请重新登录');
    refuse = false;
    fireEvent.click(screen.getByText('重新登录'));
    await waitFor(() => expect(Taro.reLaunch).toHaveBeenCalledWith({ url: '/store/scan/index' }));
  });
});
