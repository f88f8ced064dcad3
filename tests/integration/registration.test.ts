import { keys } from '../../functions/src/adapters/dynamodb';
import { signIn } from '../../functions/src/features/accounts/auth-wechat/use-case';
import { createTestTable, type TestTable } from '../support/dynamo';
import { newOpenid } from '../support/http';

let table: TestTable;
beforeAll(async () => (table = await createTestTable()));
afterAll(() => table.drop());

const NOW = Date.parse('2026-11-23T10:00:00+08:00');
const login = (openid: string, referralCode?: string) =>
  signIn({ code: `dev:${openid}`, referralCode }, NOW, table.deps);

describe('registration on first login', () => {
  test('20 parallel first logins with one openid make exactly one member', async () => {
    const openid = newOpenid();
    const answers = await Promise.all(Array.from({ length: 20 }, () => login(openid)));
    expect(new Set(answers.map((answer) => answer.memberId)).size).toBe(1);
    const items = await table.scanAll();
    expect(items.filter((item) => item.entity === 'Member' && item.openid === openid)).toHaveLength(1);
    expect(items.filter((item) => item.pk === keys.identity(openid).pk)).toHaveLength(1);
    const member = items.find((item) => item.entity === 'Member' && item.openid === openid)!;
    expect(items.filter((item) => item.entity === 'Unique' && item.memberId === member.memberId)).toHaveLength(2);
  });

  test('a new member gets a memberNo, a referral code, the first level and a level-history entry', async () => {
    const { memberId, role } = await login(newOpenid());
    expect(role).toBe('member');
    const member = (await table.deps.members.getById(memberId!))!;
    expect(member.memberNo).toMatch(/^[1-9]\d{7}$/);
    expect(member.referralCode).toMatch(/^[A-HJ-NP-Z2-9]{6}$/);
    expect(member.levelCode).toBe('L1');
    expect(member.nickname).toBe(`会员${member.memberNo.slice(-4)}`);
    expect(await table.deps.members.levelHistory(memberId!)).toEqual([
      expect.objectContaining({ from: null, to: 'L1', reason: 'registered' }),
    ]);
    expect((await table.deps.members.getByMemberNo(member.memberNo))?.memberId).toBe(memberId);
  });

  test('a valid referral code at registration sets the referrer; later or unknown codes change nothing', async () => {
    const referrer = (await table.deps.members.getById((await login(newOpenid('referrer'))).memberId!))!;
    const invited = await login(newOpenid('invited'), referrer.referralCode.toLowerCase());
    expect((await table.deps.members.getById(invited.memberId!))?.referrerId).toBe(referrer.memberId);

    const stranger = await login(newOpenid('stranger'), 'ZZZZZZ');
    expect((await table.deps.members.getById(stranger.memberId!))?.referrerId).toBeNull();

    const lateOpenid = newOpenid('late');
    const late = await login(lateOpenid);
    await login(lateOpenid, referrer.referralCode);
    expect((await table.deps.members.getById(late.memberId!))?.referrerId).toBeNull();
  });

  test('staff and marketers log in to their provisioned accounts, never as members', async () => {
    expect(await login('staff-s001')).toMatchObject({ role: 'staff', storeId: 'S001' });
    expect(await login('marketer')).toMatchObject({ role: 'marketer' });
    expect((await login('marketer')).memberId).toBeUndefined();
  });

  test('a member number already taken is reported, not overwritten', async () => {
    const existing = (await table.deps.members.getById((await login(newOpenid())).memberId!))!;
    const clash = {
      ...existing,
      memberId: '01TESTCLASH0000000000000000',
      openid: newOpenid('clash'),
      referralCode: 'QQQQQQ',
    };
    expect(await table.deps.members.register(clash, new Date(NOW).toISOString())).toBe('member-no-taken');
    expect(await table.deps.accounts.getIdentity(clash.openid)).toBeUndefined();
  });

  test('the seeded welcome points are credited by 系统, not by the marketer account', async () => {
    const items = await table.scanAll();
    const welcome = items.filter((item) => item.entity === 'Audit' && item.action === 'points.adjust');
    expect(welcome.length).toBeGreaterThanOrEqual(3);
    for (const entry of welcome) expect(entry.actor).toBe('system');
    const ledger = items.filter((item) => item.reason === '开卡礼：演示积分' && item.by);
    expect(ledger.length).toBeGreaterThanOrEqual(3);
    for (const entry of ledger) expect(entry.by.kind).toBe('system');
  });

  test('the seed can run again without changing anything', async () => {
    const before = (await table.scanAll()).length;
    const { seedDemo } = await import('../../infra/seed/seed');
    await seedDemo(table.config, table.db);
    expect((await table.scanAll()).length).toBe(before);
  });
});
