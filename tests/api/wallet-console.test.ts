import { adminTopupsResponse, businessDateOf, member360, memberCodeResponse } from '@app/shared';
import { nextReceipt } from '../support/counter';
import { call, login, newOpenid } from '../support/http';

/** The marketer's stored value over HTTP: the top-ups list (filters, sealed cursor, CSV), a refund, the member 360. */
let marketer: string;
let s001: string;
let s002: string;
beforeAll(async () => {
  const tokens = await Promise.all(
    ['marketer', 'staff-s001', 'staff-s002'].map((openid) => login(openid).then((answer) => answer.token)),
  );
  [marketer, s001, s002] = tokens as [string, string, string];
});

const today = businessDateOf(Date.now(), 'Asia/Shanghai');
const range = `from=${today}&to=${today}`;

async function topUp(staff: string, amountFen: number) {
  const member = await login(newOpenid('wallet-console'));
  const { code } = memberCodeResponse.parse((await call('GET', '/v1/me/code', { token: member.token })).body);
  const receiptNo = nextReceipt();
  const answer = await call('POST', '/v1/store/topups', {
    token: staff,
    body: { memberCode: code, receiptNo, amountFen },
    headers: { 'Idempotency-Key': `wallet-console-${receiptNo}` },
  });
  expect(answer.status).toBe(201);
  return { memberId: member.memberId!, topupId: answer.body.topupId as string };
}

async function allPages(query: string) {
  const seen: ReturnType<typeof adminTopupsResponse.parse>['items'] = [];
  let cursor: string | null = null;
  do {
    const answer = await call('GET', `/v1/admin/wallet/topups?${query}&limit=2${cursor ? `&cursor=${cursor}` : ''}`, {
      token: marketer,
    });
    expect(answer.status).toBe(200);
    const page = adminTopupsResponse.parse(answer.body);
    expect(page.items.length).toBeLessThanOrEqual(2);
    seen.push(...page.items);
    cursor = page.nextCursor;
  } while (cursor);
  return seen;
}

test('the top-ups list pages newest first by sealed cursor, filters by store and channel, and says what each lot holds', async () => {
  const first = await topUp(s001, 5_000);
  const second = await topUp(s002, 8_800);
  const all = await allPages(range);
  const ids = all.map((topup) => topup.topupId);
  expect(new Set(ids).size).toBe(ids.length);
  expect(ids.indexOf(second.topupId)).toBeLessThan(ids.indexOf(first.topupId));
  expect(all.find((topup) => topup.topupId === first.topupId)).toMatchObject({
    channel: 'counter',
    storeId: 'S001',
    payFen: 5_000,
    status: 'paid',
    remaining: { principalFen: 5_000, bonusFen: 0 },
  });

  const atS002 = await allPages(`${range}&storeId=S002&channel=counter`);
  expect(atS002.every((topup) => topup.storeId === 'S002' && topup.channel === 'counter')).toBe(true);
  expect(atS002.map((topup) => topup.topupId)).toContain(second.topupId);
  expect((await allPages(`${range}&channel=wechat`)).every((topup) => topup.channel === 'wechat')).toBe(true);

  const forged = await call('GET', `/v1/admin/wallet/topups?${range}&cursor=e30`, { token: marketer });
  expect(forged.status).toBe(400);
  expect(forged.body.error.details.issues.map((issue: { path: string }) => issue.path)).toEqual(['query.cursor']);

  const csv = await call('GET', `/v1/admin/wallet/topups?${range}&storeId=S002&format=csv`, { token: marketer });
  expect(csv.status).toBe(200);
  expect(csv.headers.get('content-type')).toContain('text/csv');
  expect(csv.body).toContain(second.topupId);
  expect(csv.body).not.toContain(first.topupId);
});

test('a refunded top-up returns its principal, and the member 360 shows the wallet and both movements', async () => {
  const { memberId, topupId } = await topUp(s001, 6_600);
  const before = member360.parse((await call('GET', `/v1/admin/members/${memberId}`, { token: marketer })).body);
  expect(before.wallet).toMatchObject({ balanceFen: 6_600, principalFen: 6_600, bonusFen: 0 });
  expect(before.wallet.lots).toHaveLength(1);

  const refunded = await call('POST', `/v1/admin/wallet/topups/${topupId}/refund`, {
    token: marketer,
    body: { reason: '顾客要求退款' },
    headers: { 'Idempotency-Key': `wallet-console-refund-${topupId}` },
  });
  expect(refunded.status).toBe(201);
  expect(refunded.body).toMatchObject({
    status: 'refunded',
    refund: { principalFen: 6_600, forfeitedBonusFen: 0, reason: '顾客要求退款' },
    remaining: null,
  });
  const listed = (await allPages(`${range}&storeId=S001`)).find((topup) => topup.topupId === topupId);
  expect(listed).toMatchObject({ status: 'refunded', remaining: null });

  const after = member360.parse((await call('GET', `/v1/admin/members/${memberId}`, { token: marketer })).body);
  expect(after.wallet).toMatchObject({ balanceFen: 0, principalFen: 0, bonusFen: 0, lots: [] });
  expect(after.wallet.entries.map((entry) => entry.type)).toEqual(['topup_refund', 'topup']);
});
