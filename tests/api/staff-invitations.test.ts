import { authResponse, invitationResponse } from '@app/shared';
import { call, login, newOpenid } from '../support/http';

let marketer: string;
beforeAll(async () => (marketer = (await login('marketer')).token));

const invite = async (storeId = 'S002', headers: Record<string, string> = {}) => {
  const answer = await call('POST', '/v1/admin/staff/invitations', { token: marketer, body: { storeId }, headers });
  expect(answer.status).toBe(201);
  return invitationResponse.parse(answer.body);
};
const accept = (openid: string, invitation: string, headers: Record<string, string> = {}) =>
  call('POST', '/v1/auth/invitation', { body: { code: `dev:${openid}`, invitation }, headers });

describe('staff invitations', () => {
  test('a marketer invites to a store; the new employee accepts with WeChat and works there at once', async () => {
    const made = await invite('S002');
    expect(made).toMatchObject({ role: 'staff', storeId: 'S002', storeName: '啡常时光·陆家嘴店' });
    expect(made.invitation).toMatch(/^[A-HJ-NP-Z2-9]{12}$/);
    expect(Date.parse(made.expiresAt) - Date.parse(made.createdAt)).toBe(24 * 3_600_000);
    expect(made.path).toBe(`/store/join/index?invitation=${made.invitation}`);

    const openid = newOpenid('barista');
    const accepted = await accept(openid, made.invitation);
    expect(accepted.status).toBe(200);
    const session = authResponse.parse(accepted.body);
    expect(session).toMatchObject({ role: 'staff', storeId: 'S002', storeName: '啡常时光·陆家嘴店' });
    // A later login is the same staff account; the counter works with the session.
    expect(await login(openid)).toMatchObject({ role: 'staff', storeId: 'S002' });
    const member = await login(newOpenid());
    const { code } = (await call('GET', '/v1/me/code', { token: member.token })).body;
    expect((await call('POST', '/v1/store/scan', { token: session.token, body: { code } })).status).toBe(200);
    // Accepting again (a lost answer) logs the same person in; anyone else hears it was used.
    expect((await accept(openid, made.invitation)).body.role).toBe('staff');
    const other = await accept(newOpenid('late'), made.invitation);
    expect([other.status, other.body.error.code]).toEqual([409, 'INVITATION_USED']);
    // The console's log says who invited whom.
    const audit = await call('GET', '/v1/admin/audit?limit=50', { token: marketer });
    expect(
      audit.body.items.some(
        (entry: any) =>
          entry.action === 'account.create' && entry.target.id === openid && entry.actor === 'marketer:marketer',
      ),
    ).toBe(true);
  });

  test('ten employees racing for one invitation: exactly one gets it', async () => {
    const made = await invite('S001');
    const openids = Array.from({ length: 10 }, () => newOpenid('race'));
    const answers = await Promise.all(openids.map((openid) => accept(openid, made.invitation)));
    expect(answers.filter((answer) => answer.status === 200)).toHaveLength(1);
    for (const answer of answers.filter((one) => one.status !== 200))
      expect([answer.status, answer.body.error.code]).toEqual([409, 'INVITATION_USED']);
    const staffLogins = await Promise.all(openids.map((openid) => login(openid)));
    expect(staffLogins.filter((session) => session.role === 'staff')).toHaveLength(1);
  });

  test('an invitation runs out after 24 hours', async () => {
    const made = await invite('S001');
    const later = new Date(Date.parse(made.expiresAt) + 1000).toISOString();
    const answer = await accept(newOpenid('slow'), made.invitation, { 'X-Clock': later });
    expect([answer.status, answer.body.error.code]).toEqual([409, 'INVITATION_EXPIRED']);
    const justBefore = new Date(Date.parse(made.expiresAt) - 60_000).toISOString();
    expect((await accept(newOpenid('fast'), made.invitation, { 'X-Clock': justBefore })).status).toBe(200);
  });

  test('a WeChat account that is already a member is refused; the invitation stays usable', async () => {
    const made = await invite('S001');
    const member = newOpenid('already');
    await login(member);
    const refused = await accept(member, made.invitation);
    expect([refused.status, refused.body.error.code]).toEqual([409, 'ACCOUNT_EXISTS']);
    expect((await accept(newOpenid('fresh'), made.invitation)).status).toBe(200);
  });

  test('unknown codes, unknown stores and non-marketers are refused', async () => {
    const unknown = await accept(newOpenid(), 'ABCDEFGHJKLM');
    expect([unknown.status, unknown.body.error.code]).toEqual([404, 'INVITATION_INVALID']);
    const malformed = await accept(newOpenid(), 'abc');
    expect([malformed.status, malformed.body.error.code]).toEqual([400, 'VALIDATION_FAILED']);
    const noStore = await call('POST', '/v1/admin/staff/invitations', { token: marketer, body: { storeId: 'S999' } });
    expect([noStore.status, noStore.body.error.code]).toEqual([400, 'VALIDATION_FAILED']);
    const staff = (await login('staff-s001')).token;
    expect(
      (await call('POST', '/v1/admin/staff/invitations', { token: staff, body: { storeId: 'S001' } })).status,
    ).toBe(403);
  });
});
