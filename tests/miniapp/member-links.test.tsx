import { fireEvent, render, waitFor } from '@testing-library/react';
import Taro from '@tarojs/taro';
import CardPage from '../../miniapp/src/pages/card/index';
import ProfilePage from '../../miniapp/src/pages/profile/index';
import { member, memberCode, mockApi, signIn } from './fixtures';

describe('ways to the points and level pages', () => {
  beforeEach(() => signIn('member'));

  it('opens 我的积分 from the card’s points figure and 会员等级 from the level', async () => {
    mockApi(({ path }) => (path === '/v1/me' ? { status: 200, body: member } : { status: 200, body: memberCode() }));
    const { container } = render(<CardPage />);
    await waitFor(() => expect(container.querySelector('.level-card-open-points')).not.toBeNull());
    expect(container.querySelector('.level-card__label')!.textContent).toBe('可用积分 明细 ›');
    fireEvent.click(container.querySelector('.level-card-open-points')!);
    expect(Taro.navigateTo).toHaveBeenLastCalledWith({ url: '/pages/points/index' });
    fireEvent.click(container.querySelector('.level-card-open-levels')!);
    expect(Taro.navigateTo).toHaveBeenLastCalledWith({ url: '/pages/levels/index' });
  });

  it('lists 我的积分 and 会员等级 on 我的', async () => {
    mockApi(() => ({ status: 200, body: member }));
    const { container } = render(<ProfilePage />);
    await waitFor(() => expect(container.querySelector('.profile-open-points')).not.toBeNull());
    expect(container.querySelector('.profile-open-points')!.textContent).toBe('我的积分1,260›');
    expect(container.querySelector('.profile-open-levels')!.textContent).toBe('会员等级银卡会员›');
    fireEvent.click(container.querySelector('.profile-open-levels')!);
    expect(Taro.navigateTo).toHaveBeenLastCalledWith({ url: '/pages/levels/index' });
  });

  it('opens 我的兑换 from 我的', async () => {
    mockApi(() => ({ status: 200, body: member }));
    const { container } = render(<ProfilePage />);
    await waitFor(() => expect(container.querySelector('.profile-open-orders')).not.toBeNull());
    fireEvent.click(container.querySelector('.profile-open-orders')!);
    expect(Taro.navigateTo).toHaveBeenLastCalledWith({ url: '/pages/orders/index' });
  });
});
