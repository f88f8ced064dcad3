import * as z from 'zod';
import { NoSettingsInForce, requestNow } from '../../functions/src/http/clock';
import { listCursors, listScope } from '../../functions/src/http/list-cursors';
import type { HttpEvent } from '../../functions/src/http/lambda-types';
import { httpDepsFor } from '../support/http-deps';
import { httpRoute } from '../../functions/src/http/route';

const REAL_NOW = Date.parse('2026-11-23T02:00:00Z');

const unused = async () => {
  throw new Error('not used');
};
const depsFor = (stage = 'local') =>
  httpDepsFor(stage, { claim: unused, complete: unused, release: unused, get: unused }, () => REAL_NOW);

const deps = depsFor();
const bearer = (sub: string) =>
  `Bearer ${deps.tokens.issue({ sub, role: 'member', memberId: `m-${sub}`, stage: 'local' }, REAL_NOW).token}`;
const event = (overrides: Partial<HttpEvent> = {}): HttpEvent => ({
  rawPath: '/v1/me/points',
  routeKey: 'GET /v1/me/points',
  headers: { authorization: bearer('alice') },
  ...overrides,
});
const bodyOf = (result: { body: string }) => JSON.parse(result.body);

describe('list cursors: sealed to the list and the caller, checked in the wrapper', () => {
  const seen: (string | undefined)[] = [];
  const list = httpRoute(
    {
      access: ['member'],
      query: z.object({ cursor: z.string().optional(), type: z.string().optional() }),
      run: async ({ query }) => {
        seen.push(query.cursor);
        return { items: [], nextCursor: 'eyJwayI6IngifQ' };
      },
    },
    () => deps,
  );

  test('the next cursor leaves sealed and comes back as the position the list gave', async () => {
    const first = bodyOf(await list(event()));
    expect(first.nextCursor).toMatch(/^eyJwayI6IngifQ\.[\w-]{22}$/);
    expect((await list(event({ queryStringParameters: { cursor: first.nextCursor, limit: '50' } }))).statusCode).toBe(
      200,
    );
    expect(seen.at(-1)).toBe('eyJwayI6IngifQ');
  });

  test.each([
    ['another caller', { headers: { authorization: bearer('mallory') } }],
    ['another filter', { queryStringParameters: { type: 'earn' } }],
    ['another list', { rawPath: '/v1/me/orders', routeKey: 'GET /v1/me/orders' }],
  ])('%s cannot use it: 400 query.cursor', async (_name, other: Partial<HttpEvent>) => {
    const cursor = bodyOf(await list(event())).nextCursor as string;
    const answer = await list(event({ ...other, queryStringParameters: { ...other.queryStringParameters, cursor } }));
    expect(answer.statusCode).toBe(400);
    expect(bodyOf(answer).error.details.issues).toEqual([{ path: 'query.cursor', message: 'invalid cursor' }]);
  });

  test.each(['e30', 'e30.', '.AAAA', 'e30.AAAAAAAAAAAAAAAAAAAAAA', 'x'.repeat(900)])(
    'a made-up cursor %s is 400',
    async (cursor) => {
      const before = seen.length;
      const answer = await list(event({ queryStringParameters: { cursor } }));
      expect(answer.statusCode).toBe(400);
      expect(seen.length).toBe(before); // the use case never ran
    },
  );

  test('a cursor is the position plus a 128-bit MAC; any change of either is refused', () => {
    const cursors = listCursors('a-secret-of-at-least-thirty-two-chars!');
    const scope = listScope(event(), 'member:alice');
    const sealed = cursors.seal('position', scope);
    expect(cursors.open(sealed, scope)).toBe('position');
    expect(() => cursors.open(sealed.replace('position', 'positiom'), scope)).toThrow();
    expect(() => cursors.open(`${sealed.slice(0, -1)}${sealed.endsWith('A') ? 'B' : 'A'}`, scope)).toThrow();
    expect(() => listCursors('another-secret-of-at-least-thirty-two!').open(sealed, scope)).toThrow();
  });
});

describe('X-Clock', () => {
  test('is bounded to the years 2000–2999', () => {
    expect(requestNow('2026-05-10T10:00:00+08:00', true, REAL_NOW)).toBe(Date.parse('2026-05-10T02:00:00Z'));
    for (const header of [
      '1970-01-01T00:00:00Z',
      '1999-12-31T23:59:59Z',
      '3000-01-01T00:00:00Z',
      '9999-12-31T00:00:00Z',
    ])
      expect(() => requestNow(header, true, REAL_NOW)).toThrow('X-Clock');
    expect(requestNow('1970-01-01T00:00:00Z', false, REAL_NOW)).toBe(REAL_NOW); // ignored outside the local stage
  });

  const beforeProgram = (stage: string) =>
    httpRoute(
      {
        access: 'public',
        run: async ({ now }) => {
          throw new NoSettingsInForce(now);
        },
      },
      () => depsFor(stage),
    );

  test('a time before the program’s first version is 400 headers.x-clock; without X-Clock it is a bug (500)', async () => {
    const clocked = await beforeProgram('local')(event({ headers: { 'X-Clock': '2001-01-01T00:00:00Z' } }));
    expect([clocked.statusCode, bodyOf(clocked).error.details.issues[0].path]).toEqual([400, 'headers.x-clock']);
    expect((await beforeProgram('local')(event({ headers: {} }))).statusCode).toBe(500);
    // Outside the local stage the header is ignored, so the missing settings are the deployment's fault.
    expect((await beforeProgram('prod')(event({ headers: { 'X-Clock': '2001-01-01T00:00:00Z' } }))).statusCode).toBe(
      500,
    );
  });
});

describe('bodies and headers no route takes', () => {
  const bodiless = httpRoute({ access: 'public', run: async () => ({ ok: true }) }, () => deps);

  test.each([
    ['an absent body', undefined, 200],
    ['an empty object', '{}', 200],
    ['null', 'null', 400],
    ['an array', '[]', 400],
    ['an object with a key', '{"amountFen":1}', 400],
    ['invalid JSON', '{', 400],
  ])('a route without a body takes %s → %i', async (_name, body, status) => {
    const answer = await bodiless(event({ headers: {}, body }));
    expect(answer.statusCode).toBe(status);
    if (status === 400) expect(bodyOf(answer).error.details.issues[0].path).toBe('body');
  });

  test('a JSON body the local server drops (null, false, 0) is still refused: its length shows it was sent', async () => {
    const answer = await bodiless(event({ headers: { 'content-length': '4' }, body: null }));
    expect([answer.statusCode, bodyOf(answer).error.details.issues[0].path]).toEqual([400, 'body']);
    expect((await bodiless(event({ headers: { 'content-length': '0' }, body: null }))).statusCode).toBe(200);
  });

  test("a request line and headers beyond API Gateway's 10,240 bytes are 431 HEADERS_TOO_LARGE, in the error shape", async () => {
    const answer = await bodiless(event({ headers: { 'x-padding': 'x'.repeat(10_300) } }));
    expect([answer.statusCode, bodyOf(answer).error.code]).toEqual([431, 'HEADERS_TOO_LARGE']);
    expect((await bodiless(event({ headers: { 'x-padding': 'x'.repeat(9_000) } }))).statusCode).toBe(200);
  });
});
