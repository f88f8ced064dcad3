import { memberCodeResponse, scanResponse, storeTopupResponse } from '@app/shared';
import { nextReceipt } from '../support/counter';
import { call, login, newOpenid } from '../support/http';

/** A top-up at the till names the member as a purchase does: the code as scanned, or the scan's counter ticket. */
let s001: string;
let s002: string;
beforeAll(async () => {
  s001 = (await login('staff-s001')).token;
  s002 = (await login('staff-s002')).token;
});

const at = (ms: number) => ({ 'X-Clock': new Date(ms).toISOString() });
const MINUTE = 60_000;

async function scanned(scanAt: number) {
  const { token } = await login(newOpenid());
  const { code } = memberCodeResponse.parse((await call('GET', '/v1/me/code', { token, headers: at(scanAt) })).body);
  const scan = scanResponse.parse(
    (await call('POST', '/v1/store/scan', { token: s001, body: { code }, headers: at(scanAt) })).body,
  );
  if (scan.kind !== 'member') throw new Error('expected a member');
  return { code, ticket: scan.counterTicket!, member: scan.member };
}

const topUp = (token: string, who: Record<string, string>, when: number, receiptNo = nextReceipt()) =>
  call('POST', '/v1/store/topups', {
    token,
    body: { ...who, receiptNo, amountFen: 5000 },
    headers: { ...at(when), 'Idempotency-Key': `topup-${receiptNo}` },
  });

describe('the counter top-up with a counter ticket', () => {
  test('a ticket 4 minutes after the scan credits the member it names', async () => {
    const scanAt = Date.now();
    const { code, ticket, member } = await scanned(scanAt);
    const later = scanAt + 4 * MINUTE;
    expect((await topUp(s001, { memberCode: code }, later)).body.error.code).toBe('CODE_EXPIRED');
    const answer = await topUp(s001, { counterTicket: ticket }, later);
    expect(answer.status).toBe(201);
    expect(storeTopupResponse.parse(answer.body)).toMatchObject({
      memberId: member.memberId,
      payFen: 5000,
      balanceFen: 5000,
    });
  });

  test('a ticket of another store is refused, and so is one older than 5 minutes', async () => {
    const scanAt = Date.now();
    const { ticket } = await scanned(scanAt);
    const elsewhere = await topUp(s002, { counterTicket: ticket }, scanAt + MINUTE);
    expect([elsewhere.status, elsewhere.body.error.code]).toEqual([409, 'CODE_INVALID']);
    const expired = await topUp(s001, { counterTicket: ticket }, scanAt + 5 * MINUTE + 1000);
    expect([expired.status, expired.body.error.code]).toEqual([409, 'CODE_EXPIRED']);
  });

  test.each([
    ['neither', {}],
    ['both', { memberCode: '1'.repeat(35), counterTicket: 'CT1.x.y' }],
  ])('%s of code and ticket: 400 VALIDATION_FAILED', async (_name, who) => {
    const answer = await topUp(s001, who as Record<string, string>, Date.now());
    expect([answer.status, answer.body.error.code]).toEqual([400, 'VALIDATION_FAILED']);
  });
});
