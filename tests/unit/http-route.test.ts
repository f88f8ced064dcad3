import * as z from 'zod';
import { DomainError } from '@app/shared';
import type { IdempotencyRepository } from '../../functions/src/adapters/dynamodb';
import { httpDepsFor } from '../support/http-deps';
import { httpRoute } from '../../functions/src/http/route';
import type { HttpEvent } from '../../functions/src/http/lambda-types';

const REAL_NOW = Date.parse('2026-11-23T02:00:00Z');

/** An in-memory stand-in with the same contract as the DynamoDB idempotency repository. */
function fakeIdempotency(): IdempotencyRepository {
  const records = new Map<
    string,
    {
      requestHash: string;
      state: 'pending' | 'done';
      leaseUntil: number;
      expiresAt: number;
      response?: { statusCode: number; body: string };
    }
  >();
  return {
    async claim(scope, requestHash, nowMs, leaseMs, retentionMs) {
      const existing = records.get(scope);
      if (
        !existing ||
        existing.expiresAt < nowMs ||
        (existing.state === 'pending' && existing.leaseUntil < nowMs && existing.requestHash === requestHash)
      ) {
        records.set(scope, {
          requestHash,
          state: 'pending',
          leaseUntil: nowMs + leaseMs,
          expiresAt: nowMs + retentionMs,
        });
        return { kind: 'claimed' };
      }
      if (existing.requestHash !== requestHash) return { kind: 'mismatch' };
      if (existing.state === 'done' && existing.response) return { kind: 'replay', response: existing.response };
      return { kind: 'in-progress' };
    },
    async complete(scope, _hash, response) {
      const record = records.get(scope)!;
      records.set(scope, { ...record, state: 'done', response });
    },
    async release(scope) {
      records.delete(scope);
    },
    async get(scope) {
      return records.get(scope);
    },
  };
}

const depsFor = (stage: string) => httpDepsFor(stage, fakeIdempotency(), () => REAL_NOW);

const event = (overrides: Partial<HttpEvent> = {}): HttpEvent => ({
  rawPath: '/v1/x',
  routeKey: 'POST /v1/x',
  headers: {},
  ...overrides,
});
const bodyOf = (result: { body: string }) => JSON.parse(result.body);

describe('the http wrapper', () => {
  const local = depsFor('local');
  const tokenFor = (role: 'member' | 'staff' | 'marketer', deps = local) =>
    deps.tokens.issue(
      { sub: `${role}-1`, role, stage: deps.config.stage, ...(role === 'member' ? { memberId: 'M1' } : {}) },
      REAL_NOW,
    ).token;
  const echoNow = httpRoute(
    { access: ['member'], run: async ({ now }) => ({ now: new Date(now).toISOString() }) },
    () => local,
  );

  test('authentication and roles: 401 without or with a bad token, 403 for the wrong role', async () => {
    expect(bodyOf(await echoNow(event())).error.code).toBe('AUTH_REQUIRED');
    const invalid = await echoNow(event({ headers: { Authorization: 'Bearer nope' } }));
    expect([invalid.statusCode, bodyOf(invalid).error.code]).toEqual([401, 'AUTH_INVALID']);
    const forbidden = await echoNow(event({ headers: { authorization: `Bearer ${tokenFor('staff')}` } }));
    expect([forbidden.statusCode, bodyOf(forbidden).error.code]).toEqual([403, 'FORBIDDEN']);
    expect((await echoNow(event({ headers: { authorization: `Bearer ${tokenFor('member')}` } }))).statusCode).toBe(200);
  });

  test('X-Clock sets now in the local stage only', async () => {
    const headers = { authorization: `Bearer ${tokenFor('member')}`, 'x-clock': '2027-01-01T00:00:05+08:00' };
    expect(bodyOf(await echoNow(event({ headers }))).now).toBe('2026-12-31T16:00:05.000Z');
    const prod = depsFor('prod');
    await prod.secrets.ready();
    const prodEcho = httpRoute(
      { access: ['member'], run: async ({ now }) => ({ now: new Date(now).toISOString() }) },
      () => prod,
    );
    const answer = await prodEcho(
      event({ headers: { ...headers, authorization: `Bearer ${tokenFor('member', prod)}` } }),
    );
    expect(bodyOf(answer).now).toBe(new Date(REAL_NOW).toISOString());
    const bad = await echoNow(event({ headers: { ...headers, 'x-clock': 'tomorrow' } }));
    expect([bad.statusCode, bodyOf(bad).error.code]).toEqual([400, 'VALIDATION_FAILED']);
  });

  test('a deployed stage reads its secrets from Parameter Store before its first request, once per container', async () => {
    const prod = depsFor('prod');
    const route = httpRoute(
      { access: ['member'], run: async ({ principal }) => ({ who: principal.openid }) },
      () => prod,
    );
    expect(() => prod.tokens).toThrow('before they were read');
    const anonymous = await route(event());
    expect([anonymous.statusCode, prod.parameterReads()]).toEqual([401, 1]);
    const signed = await route(event({ headers: { authorization: `Bearer ${tokenFor('member', prod)}` } }));
    expect([signed.statusCode, bodyOf(signed).who, prod.parameterReads()]).toEqual([200, 'member-1', 1]);
    // A token signed with the local stage's secret is worthless there (and the other way round).
    const foreign = await route(event({ headers: { authorization: `Bearer ${tokenFor('member')}` } }));
    expect(foreign.statusCode).toBe(401);
  });

  test('bad input is a 400 naming each bad field, with a requestId', async () => {
    const route = httpRoute(
      {
        access: 'public',
        body: z.strictObject({ amountFen: z.number().int().positive(), note: z.string() }),
        run: async () => ({}),
      },
      () => local,
    );
    const answer = await route(event({ body: JSON.stringify({ amountFen: -5 }) }));
    expect(answer.statusCode).toBe(400);
    const { error } = bodyOf(answer);
    expect(error.code).toBe('VALIDATION_FAILED');
    expect(error.requestId).toMatch(/[0-9a-f-]{36}/);
    expect(error.details.issues.map((issue: { path: string }) => issue.path).sort()).toEqual([
      'body.amountFen',
      'body.note',
    ]);
    expect(bodyOf(await route(event({ body: '{not json' }))).error.code).toBe('VALIDATION_FAILED');
    expect(
      (
        await route(
          event({ body: Buffer.from('{"amountFen":1,"note":"x"}').toString('base64'), isBase64Encoded: true }),
        )
      ).statusCode,
    ).toBe(200);
  });

  test('a bug is a 500 INTERNAL that reveals nothing', async () => {
    const route = httpRoute(
      {
        access: 'public',
        run: async () => {
          throw new Error('secret table name huiyuanka-prod');
        },
      },
      () => local,
    );
    const stderr = jest.spyOn(process.stderr, 'write').mockImplementation(() => true);
    const answer = await route(event());
    stderr.mockRestore();
    expect(answer.statusCode).toBe(500);
    expect(answer.body).not.toContain('huiyuanka');
    expect(bodyOf(answer).error.code).toBe('INTERNAL');
  });

  test.each([
    'ThrottlingException',
    'ProvisionedThroughputExceededException',
    'TransactionConflictException',
    'InternalServerError',
  ])('storage turning a request away for load (%s) is a 503 BUSY, not a bug', async (name) => {
    const route = httpRoute(
      {
        access: 'public',
        run: async () => {
          throw Object.assign(new Error('refused'), { name });
        },
      },
      () => local,
    );
    const stderr = jest.spyOn(process.stderr, 'write').mockImplementation(() => true);
    const answer = await route(event());
    stderr.mockRestore();
    expect([answer.statusCode, bodyOf(answer).error.code, bodyOf(answer).error.message]).toEqual([
      503,
      'BUSY',
      '当前人数较多，请稍后再试',
    ]);
  });

  test('a lookup reads the account beside the use case (one round trip), and a disabled account is still refused', async () => {
    const steps: string[] = [];
    let active = true;
    const deps = {
      ...depsFor('local'),
      accounts: {
        async isActiveAccount(openid: string) {
          steps.push(`account ${openid} read`);
          await new Promise((resolve) => setTimeout(resolve, 20));
          steps.push('account answered');
          return active;
        },
      },
    };
    const route = (readOnly: boolean) =>
      httpRoute(
        {
          access: ['staff'],
          readOnly,
          body: z.object({ code: z.string() }),
          run: async ({ body }) => {
            steps.push('use case ran');
            return { looked: body.code };
          },
        },
        () => deps,
      );
    const request = (body: unknown) =>
      event({ headers: { authorization: `Bearer ${tokenFor('staff', deps)}` }, body: JSON.stringify(body) });

    const looked = await route(true)(request({ code: '123' }));
    expect([looked.statusCode, bodyOf(looked)]).toEqual([200, { looked: '123' }]);
    expect(steps).toEqual(['account staff-1 read', 'use case ran', 'account answered']);
    steps.length = 0;
    await route(false)(request({ code: '123' }));
    expect(steps).toEqual(['account staff-1 read', 'account answered', 'use case ran']);
    active = false;
    for (const body of [{ code: '123' }, { code: 5 }]) {
      const refused = await route(true)(request(body));
      expect([refused.statusCode, bodyOf(refused).error.code, bodyOf(refused).looked]).toEqual([
        401,
        'ACCOUNT_DISABLED',
        undefined,
      ]);
    }
  });

  describe('Idempotency-Key', () => {
    const deps = depsFor('local');
    let runs = 0;
    const create = httpRoute(
      {
        access: ['marketer'],
        body: z.object({ name: z.string() }),
        idempotent: true,
        successStatus: 201,
        run: async ({ body }) => {
          runs++;
          if (body.name === 'taken') throw new DomainError('ACCOUNT_EXISTS');
          if (body.name === 'crash') throw new Error('boom');
          if (body.name === 'crowd') throw new DomainError('BUSY');
          return { id: runs, name: body.name };
        },
      },
      () => deps,
    );
    const headers = (key: string) => ({
      authorization: `Bearer ${tokenFor('marketer', deps)}`,
      'idempotency-key': key,
    });

    test('the same key and body replay the first answer without running again', async () => {
      runs = 0;
      const first = await create(event({ headers: headers('k1'), body: '{"name":"a"}' }));
      const second = await create(event({ headers: headers('k1'), body: '{ "name": "a" }' }));
      expect(runs).toBe(1);
      expect([second.statusCode, second.body]).toEqual([first.statusCode, first.body]);
      expect(second.headers['idempotent-replayed']).toBe('true');
    });

    test('the same key with another body is 422', async () => {
      await create(event({ headers: headers('k2'), body: '{"name":"a"}' }));
      const reused = await create(event({ headers: headers('k2'), body: '{"name":"b"}' }));
      expect([reused.statusCode, bodyOf(reused).error.code]).toEqual([422, 'IDEMPOTENCY_KEY_REUSED']);
    });

    test('business refusals are remembered; crashes give the key back', async () => {
      runs = 0;
      const refused = await create(event({ headers: headers('k3'), body: '{"name":"taken"}' }));
      const again = await create(event({ headers: headers('k3'), body: '{"name":"taken"}' }));
      expect([refused.statusCode, again.statusCode, runs]).toEqual([409, 409, 1]);
      const stderr = jest.spyOn(process.stderr, 'write').mockImplementation(() => true);
      await create(event({ headers: headers('k4'), body: '{"name":"crash"}' }));
      await create(event({ headers: headers('k4'), body: '{"name":"crash"}' }));
      stderr.mockRestore();
      expect(runs).toBe(3);
    });

    test('BUSY (503) gives the key back: the same request tried again runs again', async () => {
      runs = 0;
      const busy = await create(event({ headers: headers('k5'), body: '{"name":"crowd"}' }));
      const again = await create(event({ headers: headers('k5'), body: '{"name":"crowd"}' }));
      expect([busy.statusCode, bodyOf(busy).error.code, again.statusCode, runs]).toEqual([503, 'BUSY', 503, 2]);
    });

    test('keys are 1–255 characters', async () => {
      const answer = await create(event({ headers: headers('x'.repeat(256)), body: '{"name":"a"}' }));
      expect(answer.statusCode).toBe(400);
    });
  });
});
