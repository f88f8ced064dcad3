import { demoProgram } from '../../infra/seed/demo-program';
import { call, login, newOpenid } from '../support/http';

/** Issue 13's findings over HTTP: each answered 500 or did the wrong thing before it was fixed. */
let staff: string;
let marketer: string;
beforeAll(async () => {
  staff = (await login('staff-s001')).token;
  marketer = (await login('marketer')).token;
});

const pathsOf = (answer: { body: any }) =>
  (answer.body.error?.details?.issues ?? []).map((issue: { path: string }) => issue.path);

async function purchase(amountFen: number) {
  const member = await login(newOpenid('harden'));
  const code = (await call('GET', '/v1/me/code', { token: member.token })).body.code;
  const answer = await call('POST', '/v1/store/purchases', {
    token: staff,
    body: { memberCode: code, receiptNo: `H${Date.now().toString(36)}${newOpenid('').slice(-5)}`, amountFen },
  });
  expect(answer.status).toBe(201);
  return { member, purchaseId: answer.body.purchaseId as string };
}

describe('refund body', () => {
  test.each([
    ['null', 'null'],
    ['an array', '[]'],
    ['a string', '"all"'],
    ['a number', '100'],
  ])('%s is refused and refunds nothing', async (_name, rawBody) => {
    const { purchaseId } = await purchase(3000);
    const answer = await call('POST', `/v1/store/purchases/${purchaseId}/refund`, { token: staff, rawBody });
    expect(answer.status).toBe(400);
    expect(answer.body.error.code).toBe('VALIDATION_FAILED');
    expect(pathsOf(answer)).toEqual(['body']);
    const full = await call('POST', `/v1/store/purchases/${purchaseId}/refund`, { token: staff, body: {} });
    expect(full.body.refundedFen).toBe(3000);
  });

  test('an absent body and {} both refund all that remains', async () => {
    for (const body of [undefined, {}]) {
      const { purchaseId } = await purchase(2500);
      const answer = await call('POST', `/v1/store/purchases/${purchaseId}/refund`, { token: staff, body });
      expect(answer.status).toBe(201);
      expect(answer.body.refundedFen).toBe(2500);
    }
  });
});

describe('program settings bounds', () => {
  // Far beyond every other test's business time: a version saved by mistake would reach nobody.
  const effectiveAt = '2199-01-01T00:00:00Z';
  const put = (body: unknown) =>
    call('PUT', '/v1/admin/program', { token: marketer, body: { ...(body as object), effectiveAt } });

  test.each([
    ['earning.pointsPerYuan', { earning: { ...demoProgram.earning, pointsPerYuan: 1e308 } }],
    ['checkin.basePoints', { checkin: { ...demoProgram.checkin, basePoints: 9007199254740991 } }],
    ['checkin.makeupCost', { checkin: { ...demoProgram.checkin, makeupCost: 1e12 } }],
    ['earning.maxPointsPerPurchase', { earning: { ...demoProgram.earning, maxPointsPerPurchase: 1e15 } }],
    ['referral.referrerPoints', { referral: { ...demoProgram.referral, referrerPoints: 1e12 } }],
    ['levels.2.threshold', { levels: demoProgram.levels.map((l, i) => (i === 2 ? { ...l, threshold: 1e15 } : l)) }],
  ])('%s beyond its bound is refused with the field named', async (field, change) => {
    const answer = await put({ ...demoProgram, ...change });
    expect(answer.status).toBe(400);
    expect(pathsOf(answer)).toContain(`body.${field}`);
  });

  test.each([
    ['__proto__', `"__proto__": { "polluted": true }`],
    ['constructor', `"constructor": { "prototype": { "polluted": true } }`],
    ['an unknown key', `"pointsForFree": 1000`],
  ])('extra keys are refused: %s', async (_name, extra) => {
    const json = JSON.stringify({ ...demoProgram, effectiveAt });
    const answer = await call('PUT', '/v1/admin/program', { token: marketer, rawBody: `{${extra},${json.slice(1)}` });
    expect(answer.status).toBe(400);
    expect(answer.body.error.code).toBe('VALIDATION_FAILED');
  });

  test('extra keys inside a part are refused too', async () => {
    const answer = await put({ ...demoProgram, checkin: { ...demoProgram.checkin, bonusForAll: 5 } });
    expect(answer.status).toBe(400);
    expect(pathsOf(answer)).toContain('body.checkin');
  });
});

describe('X-Clock and sessions', () => {
  test('an X-Clock before the first program version is 400, not 500', async () => {
    const member = await login(newOpenid('clock'));
    for (const path of ['/v1/me', '/v1/checkins', '/v1/me/points']) {
      const answer = await call('GET', path, { token: member.token, headers: { 'X-Clock': '1970-01-02T00:00:00Z' } });
      expect(answer.status).toBe(400);
      expect(pathsOf(answer)).toEqual(['headers.x-clock']);
    }
    const login1970 = await call('POST', '/v1/auth/wechat', {
      body: { code: `dev:${newOpenid('clock')}` },
      headers: { 'X-Clock': '1970-01-02T00:00:00Z' },
    });
    expect(login1970.status).toBe(400);
  });

  test('a session is issued and checked on the real clock: X-Clock moves business time only', async () => {
    for (const clock of ['2026-05-10T10:00:00+08:00', '2031-05-10T10:00:00+08:00']) {
      const answer = await call('POST', '/v1/auth/wechat', {
        body: { code: `dev:${newOpenid('clock')}` },
        headers: { 'X-Clock': clock },
      });
      expect(answer.status).toBe(200);
      const expiresIn = Date.parse(answer.body.expiresAt) - Date.now();
      expect(expiresIn).toBeGreaterThan(6.9 * 86_400_000);
      expect(expiresIn).toBeLessThanOrEqual(7 * 86_400_000);
      for (const headers of [{}, { 'X-Clock': clock }] as Record<string, string>[]) {
        const me = await call('GET', '/v1/me', { token: answer.body.token, headers });
        expect(me.status).toBe(200);
      }
    }
  });
});

describe('outside the routes: unknown methods, oversized headers', () => {
  test.each(['DELETE', 'PROPFIND', 'PATCH'])(
    '%s on a path of another method answers 404 in the error shape',
    async (method) => {
      const answer = await call(method, '/v1/checkins');
      expect(answer.status).toBe(404);
      expect(answer.body.error).toMatchObject({ code: 'ROUTE_NOT_FOUND', requestId: expect.any(String) });
    },
  );

  test("headers beyond API Gateway's 10,240 bytes are 431 HEADERS_TOO_LARGE in the error shape", async () => {
    const answer = await call('GET', '/v1/health', { headers: { 'X-Padding': 'x'.repeat(12_000) } });
    expect(answer.status).toBe(431);
    expect(answer.body.error).toMatchObject({ code: 'HEADERS_TOO_LARGE', details: { limitBytes: 10_240 } });
  });
});

describe('free text', () => {
  const bad: [string, string][] = [
    ['a control character', 'a\u0007b'],
    ['a NUL', 'a\u0000b'],
    ['a bidi override', '\u202Eabc'],
    ['a bidi isolate', 'abc\u2066'],
    ['a lone surrogate', 'ab\ud800'],
    ['a lone low surrogate', '\udc00ab'],
  ];
  const unique = () => newOpenid('').slice(-6);
  const fields: [string, (text: string, token: string) => Promise<{ status: number; body: any }>, string][] = [
    [
      'PATCH /v1/me nickname',
      (text, token) => call('PATCH', '/v1/me', { token, body: { nickname: text } }),
      'body.nickname',
    ],
    [
      'POST /v1/admin/members/{id}/points reason',
      async (text) => {
        const member = await login(newOpenid('text'));
        return call('POST', `/v1/admin/members/${member.memberId}/points`, {
          token: marketer,
          body: { points: 5, reason: `调整${text}` },
        });
      },
      'body.reason',
    ],
    [
      'POST /v1/admin/members/{id}/tags add',
      async (text) => {
        const member = await login(newOpenid('text'));
        return call('POST', `/v1/admin/members/${member.memberId}/tags`, { token: marketer, body: { add: [text] } });
      },
      'body.add.0',
    ],
    [
      'POST /v1/admin/mall/items name',
      (text) =>
        call('POST', '/v1/admin/mall/items', {
          token: marketer,
          body: { name: `商品${text}`, category: '测试', kind: 'goods', points: 10, stock: 5 },
        }),
      'body.name',
    ],
    [
      'POST /v1/admin/coupon-templates title',
      (text) =>
        call('POST', '/v1/admin/coupon-templates', {
          token: marketer,
          body: { title: `券${text}`, type: 'amount_off', valueFen: 100, validity: { kind: 'relative', days: 7 } },
        }),
      'body.title',
    ],
    [
      'POST /v1/admin/campaigns name',
      (text) =>
        call('POST', '/v1/admin/campaigns', {
          token: marketer,
          body: { name: `活动${text}`, kind: 'claim', templateId: 'tpl-welcome' },
        }),
      'body.name',
    ],
    [
      'POST /v1/admin/promotions name',
      (text) =>
        call('POST', '/v1/admin/promotions', {
          token: marketer,
          body: {
            name: `促销${text}`,
            multiplier: 2,
            startsAt: '2199-01-01T00:00:00Z',
            endsAt: '2199-01-02T00:00:00Z',
          },
        }),
      'body.name',
    ],
    [
      'POST /v1/admin/stores name',
      (text) =>
        call('POST', '/v1/admin/stores', {
          token: marketer,
          body: { storeId: `S${String(Date.now() % 1e6).padStart(6, '0')}`, name: `门店${text}`, city: '上海' },
        }),
      'body.name',
    ],
    [
      'PUT /v1/admin/program level name',
      (text) =>
        call('PUT', '/v1/admin/program', {
          token: marketer,
          body: {
            ...demoProgram,
            levels: demoProgram.levels.map((level, i) => (i === 0 ? { ...level, name: `会员${text}` } : level)),
            effectiveAt: '2199-01-01T00:00:00Z',
          },
        }),
      'body.levels.0.name',
    ],
  ];

  test.each(
    fields.flatMap(([route, send, path]) => bad.map(([name, text]) => [route, name, text, send, path] as const)),
  )('%s refuses %s', async (_route, _name, text, send, path) => {
    const member = await login(newOpenid('text'));
    const answer = await send(text, member.token);
    expect(answer.status).toBe(400);
    expect(pathsOf(answer)).toContain(path);
  });

  test('text is trimmed and stored in NFC; a nickname is at most 20 characters', async () => {
    const member = await login(newOpenid('text'));
    const saved = await call('PATCH', '/v1/me', {
      token: member.token,
      body: { nickname: `  Cafe\u0301 ${unique()}  ` },
    });
    expect(saved.status).toBe(200);
    expect(saved.body.nickname).toMatch(/^Café [\w-]{6}$/);
    // 20 characters, one of them outside the BMP, is fine; 21 is not.
    expect(
      (await call('PATCH', '/v1/me', { token: member.token, body: { nickname: `☕${'咖'.repeat(18)}😀` } })).status,
    ).toBe(200);
    const long = await call('PATCH', '/v1/me', { token: member.token, body: { nickname: '咖'.repeat(21) } });
    expect(long.status).toBe(400);
    expect(pathsOf(long)).toEqual(['body.nickname']);
  });
});
