import { accountResponse, storeResponse } from '@app/shared';
import { call, login, newOpenid } from '../support/http';

let marketer: string;
beforeAll(async () => {
  marketer = (await login('marketer')).token;
});

const newStoreId = () => `S${String(Date.now() % 1_000_000).padStart(6, '0')}`;
const receipt = () => `RD${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`.toUpperCase();

async function openStoreWithStaff() {
  const storeId = newStoreId();
  expect(
    (await call('POST', '/v1/admin/stores', { token: marketer, body: { storeId, name: '停用测试店', city: '杭州' } }))
      .status,
  ).toBe(201);
  const openid = newOpenid('clerk');
  expect(
    (await call('POST', '/v1/admin/staff', { token: marketer, body: { openid, storeId, role: 'staff' } })).status,
  ).toBe(201);
  return { storeId, openid, staff: (await login(openid)).token };
}

async function memberCode() {
  const member = await login(newOpenid('buyer'));
  return async () => (await call('GET', '/v1/me/code', { token: member.token })).body.code as string;
}

describe('PUT /v1/admin/staff/{openid}: a disabled account stops at once', () => {
  test('the next request of a token issued before is refused, the purchase too, and no new login is given', async () => {
    const { openid, staff } = await openStoreWithStaff();
    const code = await memberCode();
    expect((await call('POST', '/v1/store/scan', { token: staff, body: { code: await code() } })).status).toBe(200);

    const disabled = await call('PUT', `/v1/admin/staff/${openid}`, { token: marketer, body: { status: 'disabled' } });
    expect(disabled.status).toBe(200);
    expect(accountResponse.parse(disabled.body)).toMatchObject({ openid, status: 'disabled' });

    const scan = await call('POST', '/v1/store/scan', { token: staff, body: { code: await code() } });
    expect([scan.status, scan.body.error.code]).toEqual([401, 'ACCOUNT_DISABLED']);
    const purchase = await call('POST', '/v1/store/purchases', {
      token: staff,
      body: { memberCode: await code(), receiptNo: receipt(), amountFen: 3000 },
    });
    expect([purchase.status, purchase.body.error.code]).toEqual([401, 'ACCOUNT_DISABLED']);
    const again = await call('POST', '/v1/auth/wechat', { body: { code: `dev:${openid}` } });
    expect([again.status, again.body.error.code]).toEqual([401, 'ACCOUNT_DISABLED']);

    const listed = await call('GET', '/v1/admin/staff?limit=100', { token: marketer });
    expect(listed.status).toBe(200);
    const audit = await call('GET', '/v1/admin/audit?limit=20', { token: marketer });
    expect(
      audit.body.items.some(
        (entry: { action: string; target: { id: string } }) =>
          entry.action === 'account.disable' && entry.target.id === openid,
      ),
    ).toBe(true);

    const enabled = await call('PUT', `/v1/admin/staff/${openid}`, { token: marketer, body: { status: 'active' } });
    expect(enabled.body).toMatchObject({ status: 'active', disabledAt: null });
    expect((await call('POST', '/v1/store/scan', { token: staff, body: { code: await code() } })).status).toBe(200);
  });

  test('a marketer cannot disable their own account; an unknown or member openid is not found', async () => {
    const self = await call('PUT', '/v1/admin/staff/marketer', { token: marketer, body: { status: 'disabled' } });
    expect([self.status, self.body.error.code]).toEqual([400, 'VALIDATION_FAILED']);
    const member = newOpenid('member');
    await login(member);
    const notStaff = await call('PUT', `/v1/admin/staff/${member}`, { token: marketer, body: { status: 'disabled' } });
    expect([notStaff.status, notStaff.body.error.code]).toEqual([404, 'NOT_FOUND']);
  });
});

describe('PUT /v1/admin/stores/{storeId} with status: a closed store records no purchases', () => {
  test('closed: the purchase is refused and nothing recorded; opened again: it is recorded', async () => {
    const { storeId, staff } = await openStoreWithStaff();
    const code = await memberCode();
    const closed = await call('PUT', `/v1/admin/stores/${storeId}`, { token: marketer, body: { status: 'closed' } });
    expect(storeResponse.parse(closed.body)).toMatchObject({ storeId, status: 'closed' });
    const receiptNo = receipt();
    const refused = await call('POST', '/v1/store/purchases', {
      token: staff,
      body: { memberCode: await code(), receiptNo, amountFen: 3000 },
    });
    expect([refused.status, refused.body.error.code]).toEqual([409, 'STORE_CLOSED']);
    const found = await call('GET', `/v1/store/purchases?receiptNo=${receiptNo}`, { token: staff });
    expect(found.status).toBe(404);

    await call('PUT', `/v1/admin/stores/${storeId}`, { token: marketer, body: { status: 'open' } });
    const recorded = await call('POST', '/v1/store/purchases', {
      token: staff,
      body: { memberCode: await code(), receiptNo, amountFen: 3000 },
    });
    expect(recorded.status).toBe(201);
    const audit = await call('GET', '/v1/admin/audit?limit=20', { token: marketer });
    const actions = audit.body.items
      .filter((entry: { target: { id: string } }) => entry.target.id === storeId)
      .map((entry: { action: string }) => entry.action);
    expect(actions).toEqual(expect.arrayContaining(['store.close', 'store.open']));
  });
});
