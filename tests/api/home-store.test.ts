import { call, login, newOpenid } from '../support/http';

describe('a member’s home store is the store of their first purchase', () => {
  test('set by the first purchase (S002), kept by the next one elsewhere (S001)', async () => {
    const marketer = (await login('marketer')).token;
    const member = await login(newOpenid('home'));
    const buyAt = async (staffOpenid: string) => {
      const staff = (await login(staffOpenid)).token;
      const code = (await call('GET', '/v1/me/code', { token: member.token })).body.code;
      const receiptNo = `HS${Date.now().toString(36)}${Math.random().toString(36).slice(2, 5)}`.toUpperCase();
      const bought = await call('POST', '/v1/store/purchases', {
        token: staff,
        body: { memberCode: code, receiptNo, amountFen: 2500 },
      });
      expect(bought.status).toBe(201);
    };
    const home = async () =>
      (await call('GET', `/v1/admin/members/${member.memberId}`, { token: marketer })).body.profile.homeStoreId;
    expect(await home()).toBeNull();
    await buyAt('staff-s002');
    expect(await home()).toBe('S002');
    await buyAt('staff-s001');
    expect(await home()).toBe('S002');
  });
});
