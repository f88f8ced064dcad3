import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import Taro from '@tarojs/taro';
import LoginPage from '../../miniapp/src/pages/login/index';
import { loadSession } from '../../miniapp/src/lib/session';
import { errorReply, mockApi } from './fixtures';

const tokenFor = (code: string) => {
  const openid = code.replace(/^dev:/, '');
  const role = openid.startsWith('staff-') ? 'staff' : openid === 'marketer' ? 'marketer' : 'member';
  return {
    status: 200,
    body: {
      token: `token-${openid}`,
      expiresAt: new Date(Date.now() + 3600_000).toISOString(),
      role,
      ...(role === 'staff' ? { storeId: 'S001' } : role === 'member' ? { memberId: '01J' } : {}),
    },
  };
};

describe('demo login (H5, local stage)', () => {
  it('lists every seeded identity and a new-member button', () => {
    const { container } = render(<LoginPage />);
    for (const openid of ['demo-member-1', 'demo-member-2', 'demo-member-3', 'staff-s001', 'staff-s002', 'marketer']) {
      expect(container.querySelector(`.demo-login-${openid}`)).not.toBeNull();
    }
    // Each demo member is named as the seed makes them: whom you become, at which level.
    expect(screen.getByText('林小满 · 普通会员')).toBeTruthy();
    expect(screen.getByText('陈阿杰 · 银卡会员')).toBeTruthy();
    expect(screen.getByText('王可可 · 金卡会员')).toBeTruthy();
    expect(screen.getByText('人民广场店 店员')).toBeTruthy();
    expect(screen.getByText('陆家嘴店 店员')).toBeTruthy();
    expect(container.querySelector('.demo-login-new')!.textContent).toContain('新会员');
    expect(Taro.login).not.toHaveBeenCalled();
  });

  it.each([
    ['demo-member-1', '/pages/card/index'],
    ['staff-s001', '/store/scan/index'],
    ['marketer', '/marketer/home/index'],
  ])('logs in as %s with dev:<openid> and opens %s', async (openid, home) => {
    const request = mockApi(({ data }) => tokenFor((data as { code: string }).code));
    const { container } = render(<LoginPage />);
    fireEvent.click(container.querySelector(`.demo-login-${openid}`)!);
    await waitFor(() => expect(Taro.reLaunch).toHaveBeenCalledWith({ url: home }));
    expect(request.mock.calls[0][0]).toMatchObject({ method: 'POST', data: { code: `dev:${openid}` } });
    expect(loadSession()).toMatchObject({ token: `token-${openid}`, openid });
  });

  it('registers a brand-new member with a random openid', async () => {
    const request = mockApi(({ data }) => tokenFor((data as { code: string }).code));
    const { container } = render(<LoginPage />);
    fireEvent.click(container.querySelector('.demo-login-new')!);
    await waitFor(() => expect(Taro.reLaunch).toHaveBeenCalledWith({ url: '/pages/card/index' }));
    expect((request.mock.calls[0][0].data as { code: string }).code).toMatch(/^dev:new-[0-9a-z]{8}$/);
  });

  it("shows the server's message when login fails, and stays on the page", async () => {
    mockApi(() => errorReply(429, 'RATE_LIMITED', '操作太频繁，请稍后再试'));
    const { container } = render(<LoginPage />);
    fireEvent.click(container.querySelector('.demo-login-demo-member-2')!);
    await screen.findByText('操作太频繁，请稍后再试');
    expect(Taro.reLaunch).not.toHaveBeenCalled();
    expect(loadSession()).toBeNull();
  });
});
