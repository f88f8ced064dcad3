import { accountResponse, invitationResponse, salesAnalytics, shortNumberOf } from '@app/shared';
import { call, login, newOpenid } from '../support/http';

let marketer: string;
beforeAll(async () => (marketer = (await login('marketer')).token));

const provision = async (body: Record<string, unknown>) => {
  const answer = await call('POST', '/v1/admin/staff', { token: marketer, body });
  expect(answer.status).toBe(201);
  return accountResponse.parse(answer.body);
};

async function allAccounts() {
  const accounts: ReturnType<typeof accountResponse.parse>[] = [];
  let cursor: string | null = null;
  do {
    const path: string = `/v1/admin/staff?limit=100${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`;
    const page = await call('GET', path, { token: marketer });
    expect(page.status).toBe(200);
    accounts.push(...page.body.items.map((item: unknown) => accountResponse.parse(item)));
    cursor = page.body.nextCursor;
  } while (cursor);
  return accounts;
}

/** The statistics follow the change stream a moment behind the writes. */
async function rankingRowOf(openid: string) {
  for (let attempt = 0; attempt < 60; attempt++) {
    const answer = await call('GET', '/v1/admin/analytics/sales', { token: marketer });
    const row = salesAnalytics.parse(answer.body).staff.find((staff) => staff.staffId === openid);
    if (row) return row;
    await new Promise((resolve) => setTimeout(resolve, 1000));
  }
  throw new Error(`${openid} never reached the ranking`);
}

describe('staff accounts with a person’s name', () => {
  test('a named employee is named in the staff list, the audit log, 人员销售排名 and its CSV', async () => {
    const openid = newOpenid('named');
    const created = await provision({ openid, storeId: 'S002', role: 'staff', name: '王小明' });
    expect(created).toMatchObject({ name: '王小明', displayName: '王小明', storeId: 'S002' });
    expect((await allAccounts()).find((account) => account.openid === openid)?.displayName).toBe('王小明');

    const audit = await call('GET', '/v1/admin/audit?limit=50', { token: marketer });
    const entry = audit.body.items.find((one: any) => one.action === 'account.create' && one.target.id === openid);
    expect(entry.targetLabel).toBe('王小明');
    expect(entry.actorLabel).toEqual(expect.any(String));
    expect(entry.actorLabel).not.toBe('marketer');

    const staff = await login(openid);
    const member = await login(newOpenid('named-buyer'));
    const code = (await call('GET', '/v1/me/code', { token: member.token })).body.code;
    const bought = await call('POST', '/v1/store/purchases', {
      token: staff.token,
      body: { memberCode: code, receiptNo: `NM${Date.now().toString(36)}`.toUpperCase(), amountFen: 2500 },
    });
    expect(bought.status).toBe(201);
    expect(await rankingRowOf(openid)).toMatchObject({ name: '王小明', storeName: '啡常时光·陆家嘴店' });
    const csv = await call('GET', '/v1/admin/analytics/export?report=staff', { token: marketer });
    expect(csv.status).toBe(200);
    const text = typeof csv.body === 'string' ? csv.body : JSON.stringify(csv.body);
    expect(text).toContain('王小明');
    expect(text).not.toContain(openid);
  });

  test('an account without a name reads as its store’s 店员 and a short number, never its openid', async () => {
    const openid = newOpenid('nameless');
    const created = await provision({ openid, storeId: 'S002', role: 'staff' });
    expect(created.name).toBeNull();
    expect(created.displayName).toBe(`啡常时光·陆家嘴店店员${shortNumberOf(openid)}`);
    expect(created.displayName).not.toContain(openid);
    const listed = (await allAccounts()).filter((account) => account.role === 'staff');
    for (const account of listed) expect(account.displayName).not.toBe(account.openid);
    const disabled = await call('PUT', `/v1/admin/staff/${openid}`, { token: marketer, body: { status: 'disabled' } });
    expect(disabled.body).toMatchObject({ status: 'disabled', displayName: created.displayName });
  });

  test('an invitation carries the name onto the account its employee makes', async () => {
    const made = await call('POST', '/v1/admin/staff/invitations', {
      token: marketer,
      body: { storeId: 'S001', name: '李 娜' },
    });
    expect(made.status).toBe(201);
    const invitation = invitationResponse.parse(made.body);
    expect(invitation.name).toBe('李 娜');
    const openid = newOpenid('invited-named');
    const accepted = await call('POST', '/v1/auth/invitation', {
      body: { code: `dev:${openid}`, invitation: invitation.invitation },
    });
    expect(accepted.status).toBe(200);
    expect((await allAccounts()).find((account) => account.openid === openid)).toMatchObject({
      name: '李 娜',
      displayName: '李 娜',
    });
  });

  test.each([
    ['too long', 'x'.repeat(21)],
    ['empty', ''],
    ['a control character', 'Wang\u0007'],
  ])('a name %s is 400 naming body.name', async (_why, name) => {
    for (const [path, body] of [
      ['/v1/admin/staff', { openid: newOpenid('bad-name'), storeId: 'S001', role: 'staff', name }],
      ['/v1/admin/staff/invitations', { storeId: 'S001', name }],
    ] as const) {
      const answer = await call('POST', path, { token: marketer, body });
      expect([answer.status, answer.body.error.code]).toEqual([400, 'VALIDATION_FAILED']);
      expect(answer.body.error.details.issues.map((issue: { path: string }) => issue.path)).toContain('body.name');
    }
  });
});
