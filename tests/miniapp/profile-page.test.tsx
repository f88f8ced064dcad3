import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import Taro from '@tarojs/taro';
import ProfilePage from '../../miniapp/src/pages/profile/index';
import { BIRTHDAY_WARNING } from '../../miniapp/src/features/profile/hooks/use-profile';
import { errorReply, member, mockApi, signIn } from './fixtures';

describe('我的 page', () => {
  beforeEach(() => signIn('member'));

  it('shows the profile: nickname, member number, joined date', async () => {
    mockApi(() => ({ status: 200, body: member }));
    const { container } = render(<ProfilePage />);
    await waitFor(() => expect(container.querySelector('.profile-member-no')).not.toBeNull());
    expect(container.querySelector('.profile-nickname')!.textContent).toBe('拿铁爱好者');
    expect(container.querySelector('.profile-member-no')!.textContent).toBe('10000001');
    expect(container.querySelector('.profile-joined-at')!.textContent).toBe('2025年3月2日');
  });

  it('warns before saving a birthday, and saves nothing when the member backs out', async () => {
    const request = mockApi(() => ({ status: 200, body: member }));
    (Taro.showModal as jest.Mock).mockResolvedValueOnce({ confirm: false, cancel: true });
    render(<ProfilePage />);
    fireEvent.change(await screen.findByTestId('picker'), { target: { value: '1990-05-20' } });
    await waitFor(() => expect(Taro.showModal).toHaveBeenCalled());
    expect((Taro.showModal as jest.Mock).mock.calls[0][0].content).toBe('生日设置后不可修改，将用于发放生日礼');
    expect(BIRTHDAY_WARNING).toBe('生日设置后不可修改，将用于发放生日礼');
    expect(request.mock.calls.filter(([options]) => options.method === 'PATCH')).toHaveLength(0);
  });

  it('saves the birthday after confirmation and then shows it read-only', async () => {
    const request = mockApi(({ method }) =>
      method === 'PATCH' ? { status: 200, body: { ...member, birthday: '1990-05-20' } } : { status: 200, body: member },
    );
    const { container } = render(<ProfilePage />);
    fireEvent.change(await screen.findByTestId('picker'), { target: { value: '1990-05-20' } });
    await waitFor(() => expect(container.querySelector('.profile-birthday')).not.toBeNull());
    expect(container.querySelector('.profile-birthday')!.textContent).toBe('1990年5月20日');
    expect(screen.queryByTestId('picker')).toBeNull();
    expect(request.mock.calls.find(([options]) => options.method === 'PATCH')![0].data).toEqual({
      birthday: '1990-05-20',
    });
  });

  it('edits the nickname in place', async () => {
    const request = mockApi(({ method, data }) =>
      method === 'PATCH' ? { status: 200, body: { ...member, ...(data as object) } } : { status: 200, body: member },
    );
    const { container } = render(<ProfilePage />);
    fireEvent.click(await screen.findByText('修改'));
    fireEvent.change(container.querySelector('.profile-nickname-input')!, { target: { value: '  美式续命  ' } });
    fireEvent.click(container.querySelector('.profile-nickname-save')!);
    await waitFor(() => expect(container.querySelector('.profile-nickname')?.textContent).toBe('美式续命'));
    expect(request.mock.calls.find(([options]) => options.method === 'PATCH')![0].data).toEqual({
      nickname: '美式续命',
    });
  });

  it("shows the server's refusal as a toast", async () => {
    mockApi(({ method }) =>
      method === 'PATCH' ? errorReply(409, 'BIRTHDAY_LOCKED', '生日设置后不可修改') : { status: 200, body: member },
    );
    render(<ProfilePage />);
    fireEvent.change(await screen.findByTestId('picker'), { target: { value: '1990-05-20' } });
    await waitFor(() =>
      expect(Taro.showToast).toHaveBeenCalledWith(expect.objectContaining({ title: '生日设置后不可修改' })),
    );
  });

  it('logs out after confirmation', async () => {
    mockApi(() => ({ status: 200, body: member }));
    render(<ProfilePage />);
    fireEvent.click(screen.getByText('退出登录'));
    await waitFor(() => expect(Taro.reLaunch).toHaveBeenCalledWith({ url: '/pages/login/index' }));
    expect(Taro.getStorageSync('hyk.session')).toBe('');
  });
});
