import { memberCodeResponse, purchaseResponse, scanResponse } from '@app/shared';
import { nextReceipt } from '../support/counter';
import { call, login, newOpenid } from '../support/http';

let s001: string;
let s002: string;
let otherS001: string;
beforeAll(async () => {
  s001 = (await login('staff-s001')).token;
  s002 = (await login('staff-s002')).token;
  // A second staff account of the same store (provisioned through the integrations' API).
  const marketer = (await login('marketer')).token;
  const openid = newOpenid('staff');
  const created = await call('POST', '/v1/admin/staff', {
    token: marketer,
    body: { openid, role: 'staff', storeId: 'S001' },
  });
  expect(created.status).toBe(201);
  otherS001 = (await login(openid)).token;
});

const at = (ms: number) => ({ 'X-Clock': new Date(ms).toISOString() });
const MINUTE = 60_000;

/** A fresh member's code, scanned at S001 at business time `scanAt`: the code and the ticket the counter got. */
async function scanned(scanAt: number, staff = () => s001) {
  const { token } = await login(newOpenid());
  const { code } = memberCodeResponse.parse((await call('GET', '/v1/me/code', { token, headers: at(scanAt) })).body);
  const scan = await call('POST', '/v1/store/scan', { token: staff(), body: { code }, headers: at(scanAt) });
  expect(scan.status).toBe(200);
  const answer = scanResponse.parse(scan.body);
  if (answer.kind !== 'member') throw new Error('expected a member');
  return { code, ticket: answer.counterTicket!, expiresAt: answer.counterTicketExpiresAt!, member: answer.member };
}

const buy = (token: string, who: Record<string, string>, when: number, receiptNo = nextReceipt()) =>
  call('POST', '/v1/store/purchases', {
    token,
    body: { ...who, receiptNo, amountFen: 8600 },
    headers: { ...at(when), 'Idempotency-Key': receiptNo },
  });

describe('the counter ticket', () => {
  test('a scan gives a ticket valid 5 minutes; preview and purchase 4 minutes later go through with it', async () => {
    const scanAt = Date.now();
    const { code, ticket, expiresAt, member } = await scanned(scanAt);
    expect(Date.parse(expiresAt)).toBe(Math.floor(scanAt / 1000) * 1000 + 5 * MINUTE);
    const later = scanAt + 4 * MINUTE;
    // The code itself has long expired by then …
    expect((await buy(s001, { memberCode: code }, later)).body.error.code).toBe('CODE_EXPIRED');
    // … the ticket has not.
    const preview = await call('POST', '/v1/store/purchases/preview', {
      token: s001,
      body: { counterTicket: ticket, amountFen: 8600 },
      headers: at(later),
    });
    expect([preview.status, preview.body.member.memberNo]).toEqual([200, member.memberNo]);
    const bought = await buy(s001, { counterTicket: ticket }, later + 30_000);
    expect(bought.status).toBe(201);
    const purchase = purchaseResponse.parse(bought.body);
    expect(purchase).toMatchObject({ memberId: member.memberId, amountFen: 8600, points: 86 });
    // The result names the member as the purchase left them: 86 spendable, the first-purchase 50 on their way.
    expect(purchase.memberAfter).toEqual({ points: 86, pendingPoints: 50, level: { code: 'L1', name: '普通会员' } });
  });

  test('the counter looks the member up again with the ticket after the code has expired, and gets it back', async () => {
    const scanAt = Date.now();
    const { ticket, expiresAt, member } = await scanned(scanAt);
    const again = await call('POST', '/v1/store/scan', {
      token: s001,
      body: { code: ticket },
      headers: at(scanAt + 3 * MINUTE),
    });
    expect(again.status).toBe(200);
    expect(scanResponse.parse(again.body)).toMatchObject({
      kind: 'member',
      member: { memberNo: member.memberNo },
      counterTicket: ticket,
      counterTicketExpiresAt: expiresAt,
    });
    const elsewhere = await call('POST', '/v1/store/scan', {
      token: s002,
      body: { code: ticket },
      headers: at(scanAt),
    });
    expect([elsewhere.status, elsewhere.body.error.code]).toEqual([409, 'CODE_INVALID']);
  });

  test('a ticket is refused after 5 minutes, at another store and for another staff account', async () => {
    const scanAt = Date.now();
    const { ticket } = await scanned(scanAt);
    const expired = await buy(s001, { counterTicket: ticket }, scanAt + 5 * MINUTE + 1000);
    expect([expired.status, expired.body.error.code]).toEqual([409, 'CODE_EXPIRED']);
    const elsewhere = await buy(s002, { counterTicket: ticket }, scanAt + MINUTE);
    expect([elsewhere.status, elsewhere.body.error.code]).toEqual([409, 'CODE_INVALID']);
    const preview = await call('POST', '/v1/store/purchases/preview', {
      token: s002,
      body: { counterTicket: ticket, amountFen: 100 },
      headers: at(scanAt + MINUTE),
    });
    expect([preview.status, preview.body.error.code]).toEqual([409, 'CODE_INVALID']);
    const colleague = await buy(otherS001, { counterTicket: ticket }, scanAt + MINUTE);
    expect([colleague.status, colleague.body.error.code]).toEqual([409, 'CODE_INVALID']);
    // Still good where it was made.
    expect((await buy(s001, { counterTicket: ticket }, scanAt + MINUTE)).status).toBe(201);
  });

  test('one code is still one purchase, whether it comes back as the code, its ticket or a second scan', async () => {
    const scanAt = Date.now();
    const { code, ticket } = await scanned(scanAt);
    expect((await buy(s001, { counterTicket: ticket }, scanAt + 10_000)).status).toBe(201);
    const again = await buy(s001, { counterTicket: ticket }, scanAt + 20_000);
    expect([again.status, again.body.error.code]).toEqual([409, 'CODE_USED']);
    const byCode = await buy(s001, { memberCode: code }, scanAt + 20_000);
    expect([byCode.status, byCode.body.error.code]).toEqual([409, 'CODE_USED']);
    const rescanned = scanResponse.parse(
      (await call('POST', '/v1/store/scan', { token: s001, body: { code }, headers: at(scanAt + 30_000) })).body,
    );
    if (rescanned.kind !== 'member') throw new Error('expected a member');
    const second = await buy(s001, { counterTicket: rescanned.counterTicket! }, scanAt + 40_000);
    expect([second.status, second.body.error.code]).toEqual([409, 'CODE_USED']);
  });

  test('the same request sent again returns its purchase, sent with the ticket or with the code', async () => {
    const scanAt = Date.now();
    const { code, ticket } = await scanned(scanAt);
    const receiptNo = nextReceipt();
    const first = await buy(s001, { counterTicket: ticket }, scanAt + 5000, receiptNo);
    expect(first.status).toBe(201);
    const retried = await call('POST', '/v1/store/purchases', {
      token: s001,
      body: { memberCode: code, receiptNo, amountFen: 8600 },
      headers: { ...at(scanAt + 6000), 'Idempotency-Key': `${receiptNo}-again` },
    });
    expect([retried.status, retried.body.purchaseId]).toEqual([201, first.body.purchaseId]);
  });

  test('a new code shown mid-way simply replaces the ticket', async () => {
    const scanAt = Date.now();
    const { token } = await login(newOpenid());
    const codes = [];
    for (const offset of [0, 50_000]) {
      const { code } = (await call('GET', '/v1/me/code', { token, headers: at(scanAt + offset) })).body;
      const scan = await call('POST', '/v1/store/scan', { token: s001, body: { code }, headers: at(scanAt + offset) });
      codes.push(scan.body.counterTicket as string);
    }
    expect(codes[0]).not.toBe(codes[1]);
    expect((await buy(s001, { counterTicket: codes[1]! }, scanAt + 4 * MINUTE)).status).toBe(201);
  });

  test.each([
    ['neither', {}],
    ['both', { memberCode: '1'.repeat(35), counterTicket: 'CT1.x.y' }],
    ['no ticket at all', { counterTicket: 'hello' }],
  ])('%s: 400 VALIDATION_FAILED', async (_name, who) => {
    const answer = await buy(s001, who as Record<string, string>, Date.now());
    expect([answer.status, answer.body.error.code]).toEqual([400, 'VALIDATION_FAILED']);
  });

  test('a ticket altered by one character is 409 CODE_INVALID', async () => {
    const { ticket } = await scanned(Date.now());
    const last = ticket.at(-1) === 'A' ? 'B' : 'A';
    const answer = await buy(s001, { counterTicket: `${ticket.slice(0, -1)}${last}` }, Date.now());
    expect([answer.status, answer.body.error.code]).toEqual([409, 'CODE_INVALID']);
  });
});
