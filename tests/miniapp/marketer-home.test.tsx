import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import Taro from '@tarojs/taro';
import MarketerHomePage from '../../miniapp/src/marketer/home/index';
import StaffPage from '../../miniapp/src/marketer/staff/index';
import StoreJoinPage from '../../miniapp/src/store/join/index';
import { router } from './__mocks__/taro';
import { errorReply, mockApi, signIn } from './fixtures';

const stores = [
  { storeId: 'S001', name: '啡常时光·人民广场店', city: '上海', status: 'open' },
  { storeId: 'S002', name: '啡常时光·陆家嘴店', city: '上海', status: 'open' },
];

const invitation = {
  invitation: 'ABCDEFGHJKLM',
  role: 'staff',
  storeId: 'S002',
  storeName: '啡常时光·陆家嘴店',
  name: '王小明',
  createdAt: '2026-11-23T10:00:00+08:00',
  createdBy: 'marketer:marketer',
  expiresAt: '2026-11-24T10:00:00+08:00',
  path: '/store/join/index?invitation=ABCDEFGHJKLM',
};

describe('marketer home: 邀请店员', () => {
  beforeEach(() => signIn('marketer'));

  it('makes a one-time invitation for the chosen store and shows it as a QR with its code', async () => {
    const request = mockApi(({ method, path }) => {
      if (path === '/v1/admin/stores') return { status: 200, body: stores };
      if (method === 'POST' && path === '/v1/admin/staff/invitations') return { status: 201, body: invitation };
      return errorReply(404, 'NOT_FOUND', '没有找到相关内容');
    });
    const { container } = render(<MarketerHomePage />);
    // Nobody types an openid any more.
    expect(container.querySelector('.provision-openid')).toBeNull();
    await waitFor(() => expect(container.querySelector('.invite-store-S002')).not.toBeNull());
    fireEvent.click(container.querySelector('.invite-store-S002')!);
    fireEvent.change(container.querySelector('.invite-name')!, { target: { value: ' 王小明 ' } });
    fireEvent.click(container.querySelector('.invite-submit')!);
    await waitFor(() => expect(container.querySelector('.invite-result')).not.toBeNull());
    const post = request.mock.calls.find(([options]) => options.method === 'POST')![0];
    expect(post.data).toEqual({ storeId: 'S002', name: '王小明' });
    expect(post.header['Idempotency-Key']).toMatch(/^invite-/);
    expect(container.querySelector('.invite-code')!.textContent).toBe('ABCD EFGH JKLM');
    expect(container.querySelector('.invite-meta')!.textContent).toContain('邀请啡常时光·陆家嘴店的新店员 王小明');
    expect(container.querySelector('.invite-qr')!.getAttribute('src')).toMatch(/^data:image\/svg\+xml;base64,/);
  });

  it('asks for the store and the name before sending anything, and shows a refusal', async () => {
    const request = mockApi(({ path }) =>
      path === '/v1/admin/stores' ? { status: 200, body: stores } : errorReply(403, 'FORBIDDEN', '没有权限进行此操作'),
    );
    const { container } = render(<MarketerHomePage />);
    fireEvent.click(container.querySelector('.invite-submit')!);
    await screen.findByText('请选择新店员所属门店');
    expect(request.mock.calls.some(([options]) => options.method === 'POST')).toBe(false);
    await waitFor(() => expect(container.querySelector('.invite-store-S001')).not.toBeNull());
    fireEvent.click(container.querySelector('.invite-store-S001')!);
    fireEvent.click(container.querySelector('.invite-submit')!);
    await screen.findByText('请填写新店员的姓名（排名和日志里用它称呼）');
    expect(request.mock.calls.some(([options]) => options.method === 'POST')).toBe(false);
    fireEvent.change(container.querySelector('.invite-name')!, { target: { value: '李娜' } });
    fireEvent.click(container.querySelector('.invite-submit')!);
    await screen.findByText('没有权限进行此操作');
  });
});

describe('加入门店 (the page the invitation opens)', () => {
  it('logs the new employee in with the invitation and opens the counter', async () => {
    router.params = { invitation: 'ABCDEFGHJKLM' };
    const request = mockApi(({ path }) =>
      path === '/v1/auth/invitation'
        ? {
            status: 200,
            body: {
              token: 't',
              expiresAt: '2099-01-01T00:00:00Z',
              role: 'staff',
              storeId: 'S002',
              storeName: '啡常时光·陆家嘴店',
            },
          }
        : errorReply(404, 'NOT_FOUND', 'x'),
    );
    const { container } = render(<StoreJoinPage />);
    expect(container.textContent).toContain('邀请码 ABCD EFGH JKLM');
    fireEvent.click(container.querySelector('.join-accept')!);
    await waitFor(() => expect(Taro.reLaunch).toHaveBeenCalledWith({ url: '/store/scan/index' }));
    const sent = request.mock.calls[0]![0].data as { code: string; invitation: string };
    expect(sent.invitation).toBe('ABCDEFGHJKLM');
    expect(sent.code).toMatch(/^dev:staff-new-/);
    expect(Taro.getStorageSync('hyk.session')).toMatchObject({ role: 'staff', storeName: '啡常时光·陆家嘴店' });
  });

  it('says why an invitation cannot be used', async () => {
    router.params = { invitation: 'ABCDEFGHJKLM' };
    mockApi(() => errorReply(409, 'INVITATION_USED', '这个邀请已被使用，请向总部重新索取'));
    const { container } = render(<StoreJoinPage />);
    fireEvent.click(container.querySelector('.join-accept')!);
    await screen.findByText('这个邀请已被使用，请向总部重新索取');
    router.params = { invitation: 'nope' };
    const { container: bad } = render(<StoreJoinPage />);
    expect(bad.textContent).toContain('邀请无效');
  });
});

describe('员工 (the staff list)', () => {
  it('names each account by its person’s name or its store’s 店员, never by its openid', async () => {
    const account = (openid: string, name: string | null, displayName: string) => ({
      openid,
      role: 'staff',
      name,
      displayName,
      storeId: 'S002',
      createdAt: '2026-11-20T10:00:00+08:00',
      createdBy: 'marketer:marketer',
      status: 'active',
      disabledAt: null,
    });
    mockApi(({ path }) => {
      if (path === '/v1/admin/stores') return { status: 200, body: stores };
      if (path.startsWith('/v1/admin/staff'))
        return {
          status: 200,
          body: {
            items: [account('o-wang-123', '王小明', '王小明'), account('o-old-456', null, '啡常时光·陆家嘴店店员0421')],
            nextCursor: null,
          },
        };
      return errorReply(404, 'NOT_FOUND', '没有找到相关内容');
    });
    const { container } = render(<StaffPage />);
    await waitFor(() => expect(container.querySelectorAll('.staff-name')).toHaveLength(2));
    const names = [...container.querySelectorAll('.staff-name')].map((node) => node.textContent);
    expect(names).toEqual(['王小明', '啡常时光·陆家嘴店店员0421']);
    expect(container.textContent).not.toContain('o-old-456');
  });
});
