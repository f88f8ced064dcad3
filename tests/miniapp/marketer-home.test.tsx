import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import MarketerHomePage from '../../miniapp/src/marketer/home/index';
import { errorReply, mockApi, signIn } from './fixtures';

const stores = [
  { storeId: 'S001', name: '啡常时光·人民广场店', city: '上海', status: 'open' },
  { storeId: 'S002', name: '啡常时光·陆家嘴店', city: '上海', status: 'open' },
];

describe('marketer home', () => {
  beforeEach(() => signIn('marketer'));

  it('provisions a staff account bound to the chosen store', async () => {
    const request = mockApi(({ method, path, data }) => {
      if (path === '/v1/admin/stores') return { status: 200, body: stores };
      if (method === 'POST' && path === '/v1/admin/staff')
        return {
          status: 201,
          body: {
            ...(data as object),
            createdAt: '2025-11-23T10:00:00+08:00',
            createdBy: 'marketer',
            status: 'active',
            disabledAt: null,
          },
        };
      return errorReply(404, 'NOT_FOUND', '没有找到相关内容');
    });
    const { container } = render(<MarketerHomePage />);
    await waitFor(() => expect(container.querySelector('.provision-store-S002')).not.toBeNull());
    fireEvent.change(container.querySelector('.provision-openid')!, { target: { value: 'staff-s009' } });
    fireEvent.click(container.querySelector('.provision-store-S002')!);
    fireEvent.click(container.querySelector('.provision-submit')!);
    await screen.findByText('已开通');
    expect(request.mock.calls.find(([o]) => o.method === 'POST')![0].data).toEqual({
      openid: 'staff-s009',
      role: 'staff',
      storeId: 'S002',
    });
    expect(container.querySelector('.provision-created')!.textContent).toContain('啡常时光·陆家嘴店');
  });

  it('checks the form before sending it', async () => {
    const request = mockApi(({ path }) =>
      path === '/v1/admin/stores' ? { status: 200, body: stores } : errorReply(500, 'INTERNAL', 'x'),
    );
    const { container } = render(<MarketerHomePage />);
    fireEvent.change(container.querySelector('.provision-openid')!, { target: { value: 'staff-s009' } });
    fireEvent.click(container.querySelector('.provision-submit')!);
    await screen.findByText('请选择店员所属门店');
    expect(request.mock.calls.some(([o]) => o.method === 'POST')).toBe(false);
  });

  it("provisions a marketer without a store and shows the server's refusal", async () => {
    mockApi(({ path }) =>
      path === '/v1/admin/stores'
        ? { status: 200, body: stores }
        : errorReply(409, 'ACCOUNT_EXISTS', '该微信账号已开通'),
    );
    const { container } = render(<MarketerHomePage />);
    fireEvent.change(container.querySelector('.provision-openid')!, { target: { value: 'marketer' } });
    fireEvent.click(container.querySelector('.provision-role-marketer')!);
    expect(container.querySelector('.provision-store-S001')).toBeNull();
    fireEvent.click(container.querySelector('.provision-submit')!);
    await screen.findByText('该微信账号已开通');
  });
});
