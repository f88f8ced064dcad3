import { lazySchema } from '@app/shared';
import { createHash, randomUUID } from 'node:crypto';
import * as z from 'zod';
import { DomainError, isDomainError, type Role } from '@app/shared';
import type { AppSecretsPort } from '../app-secrets';
import type { AppConfig } from '../config';
import { isRefusedForLoad, type IdempotencyRepository } from '../adapters/dynamodb';
import type { SessionTokens } from '../security/session-token';
import { isClockBeforeProgram, requestNow } from './clock';
import type { HttpEvent, HttpResult } from './lambda-types';
import { listCursors, listScope } from './list-cursors';
import { describeError, logger } from './logger';
import { domainErrorResult, errorResult, FileBody, fileResult, json, validationDetails } from './responses';

export interface Principal {
  role: Role;
  openid: string;
  memberId?: string;
  storeId?: string;
}

export interface RequestContext<B, Q, P> {
  body: B;
  query: Q;
  params: P;
  principal: Principal;
  now: number;
  requestId: string;
}

export interface HttpDeps {
  config: AppConfig;
  /** Read before the first request of a container (Parameter Store on a deployed stage): app-secrets.ts. */
  secrets: AppSecretsPort;
  tokens: SessionTokens;
  idempotency: IdempotencyRepository;
  realNow: () => number;
  /** Staff and marketer tokens speak only for an active account (a disabled one is refused at once). */
  accounts?: { isActiveAccount(openid: string): Promise<boolean> };
}

type Access = 'public' | readonly Role[];

/** A Lambda handler of an HTTP route, carrying the spec it was made from. */
export type HttpHandler = ((event: HttpEvent) => Promise<HttpResult>) & {
  spec: RouteSpec<unknown, unknown, unknown, unknown>;
};

export interface RouteSpec<B, Q, P, R> {
  access: Access;
  body?: z.ZodType<B>;
  query?: z.ZodType<Q>;
  params?: z.ZodType<P>;
  /** Honour `Idempotency-Key`: same key and body → the first answer again, no second effect. */
  idempotent?: boolean;
  successStatus?: number;
  /**
   * The use case checks that the staff or marketer account is active inside its own write transaction (no read
   * before it): the wrapper then skips its read of the account. Only for routes whose every effect is that write.
   */
  accountCheckedInWrite?: boolean;
  /**
   * The route changes nothing (a lookup, no idempotency): the staff or marketer account is read beside the use case
   * rather than before it, one round trip instead of two; a disabled account's answer is dropped and refused.
   */
  readOnly?: boolean;
  run: (request: RequestContext<B, Q, P>) => Promise<R>;
}

const IDEMPOTENCY_LEASE_MS = 30_000;
const IDEMPOTENCY_RETENTION_MS = 24 * 3600_000;
const idempotencyKey = lazySchema(() => z.string().min(1).max(255));
const ANONYMOUS: Principal = { role: 'member', openid: '' };

/**
 * The one wrapper every handler goes through: parse with the contract → authenticate → authorize →
 * idempotency → use case → map errors. A handler is its spec; the use case never sees HTTP.
 */
export function httpRoute<B = undefined, Q = undefined, P = undefined, R = unknown>(
  spec: RouteSpec<B, Q, P, R>,
  deps: () => HttpDeps,
): HttpHandler {
  const handler = async (event: HttpEvent): Promise<HttpResult> => {
    const requestId = randomUUID();
    try {
      return await handle(spec, deps(), event, requestId);
    } catch (error) {
      if (isDomainError(error)) return domainErrorResult(error, requestId);
      if (isClockBeforeProgram(error, event, deps().config.isLocal))
        return domainErrorResult(error.asValidationError(), requestId);
      if (isRefusedForLoad(error)) {
        logger.warn('storage busy', { requestId, route: event.routeKey, error: describeError(error) });
        return errorResult('BUSY', requestId);
      }
      logger.error('unhandled error', { requestId, route: event.routeKey, error: describeError(error) });
      return errorResult('INTERNAL', requestId);
    }
  };
  // The OpenAPI document reads the contract from here: one description of a route, its handler's own.
  return Object.assign(handler, { spec: spec as RouteSpec<unknown, unknown, unknown, unknown> });
}

async function handle<B, Q, P, R>(
  spec: RouteSpec<B, Q, P, R>,
  deps: HttpDeps,
  event: HttpEvent,
  requestId: string,
): Promise<HttpResult> {
  refuseOversizedRequestLine(event);
  await deps.secrets.ready();
  const headers = lowerCaseHeaders(event.headers);
  const now = requestNow(headers['x-clock'], deps.config.isLocal, deps.realNow());

  // Sessions expire by the real clock: X-Clock moves business time, not the validity of a login.
  const principal = authenticate(spec.access, headers.authorization, deps);
  const respond = () => answer(spec, deps, event, headers, { principal, now, requestId });
  if (!spec.readOnly || spec.idempotent) {
    if (!spec.accountCheckedInWrite) await refuseDisabledAccount(principal, deps);
    return respond();
  }
  // A lookup changes nothing: the account is read beside it, and a disabled account's answer is dropped.
  const [account, answered] = await Promise.allSettled([refuseDisabledAccount(principal, deps), respond()]);
  if (account.status === 'rejected') throw account.reason;
  if (answered.status === 'rejected') throw answered.reason;
  return answered.value;
}

async function answer<B, Q, P, R>(
  spec: RouteSpec<B, Q, P, R>,
  deps: HttpDeps,
  event: HttpEvent,
  headers: Record<string, string | undefined>,
  { principal, now, requestId }: Pick<RequestContext<B, Q, P>, 'principal' | 'now' | 'requestId'>,
): Promise<HttpResult> {
  const sent = readJsonBody(event, headers['content-length']);
  const body = spec.body ? parsePart(spec.body, sent, 'body') : (noBody(sent) as B);
  // Every list's cursor is checked here, in one place: only a cursor this list gave this caller gets through.
  const cursors = listCursors(deps.secrets.current().session);
  let listKey: string | undefined;
  const list = () => (listKey ??= listScope(event, `${principal.role}:${principal.openid}`));
  const rawQuery = { ...event.queryStringParameters };
  if (rawQuery.cursor !== undefined) rawQuery.cursor = cursors.open(rawQuery.cursor, list());
  const query = parsePart(spec.query, rawQuery, 'query');
  const params = parsePart(spec.params, event.pathParameters ?? {}, 'params');
  const request: RequestContext<B, Q, P> = { body, query, params, principal, now, requestId };
  const run = () => runUseCase(spec, request, (position) => cursors.seal(position, list()));

  const key = spec.idempotent ? headers['idempotency-key'] : undefined;
  if (key === undefined) return run();

  const parsedKey = idempotencyKey.safeParse(key);
  if (!parsedKey.success)
    throw new DomainError(
      'VALIDATION_FAILED',
      undefined,
      validationDetails(parsedKey.error, 'headers.idempotency-key'),
    );
  const scope = `${principal.role}:${principal.openid}#${event.routeKey ?? event.rawPath}#${parsedKey.data}`;
  const requestHash = createHash('sha256')
    .update(`${event.rawPath}\n${JSON.stringify(body ?? null)}`)
    .digest('base64url');
  const realNow = deps.realNow();
  const claim = await deps.idempotency.claim(
    scope,
    requestHash,
    realNow,
    IDEMPOTENCY_LEASE_MS,
    IDEMPOTENCY_RETENTION_MS,
  );
  if (claim.kind === 'mismatch') throw new DomainError('IDEMPOTENCY_KEY_REUSED', '该 Idempotency-Key 已用于另一个请求');
  if (claim.kind === 'in-progress') throw new DomainError('IDEMPOTENCY_IN_PROGRESS');
  if (claim.kind === 'replay') {
    return {
      statusCode: claim.response.statusCode,
      headers: {
        'content-type': 'application/json; charset=utf-8',
        'x-request-id': requestId,
        'idempotent-replayed': 'true',
      },
      body: claim.response.body,
    };
  }
  let result: HttpResult;
  try {
    result = await run();
  } catch (error) {
    // Only an answer is remembered: a refusal (4xx) is one; a crash or BUSY (nothing done, try again) gives the key back.
    if (!isDomainError(error) || error.status >= 500) {
      await deps.idempotency.release(scope, requestHash);
      throw error;
    }
    result = domainErrorResult(error, requestId);
  }
  await deps.idempotency.complete(scope, requestHash, { statusCode: result.statusCode, body: result.body });
  return result;
}

async function runUseCase<B, Q, P, R>(
  spec: RouteSpec<B, Q, P, R>,
  request: RequestContext<B, Q, P>,
  sealCursor: (position: string) => string,
): Promise<HttpResult> {
  const output = await spec.run(request);
  if (output instanceof FileBody) return fileResult(spec.successStatus ?? 200, output, request.requestId);
  return json(spec.successStatus ?? 200, withSealedCursor(output, sealCursor), request.requestId);
}

/** A list's `nextCursor` leaves sealed to this list and caller (see list-cursors.ts). */
function withSealedCursor(output: unknown, seal: (position: string) => string): unknown {
  if (!output || typeof output !== 'object' || !('nextCursor' in output)) return output;
  const next = (output as { nextCursor: unknown }).nextCursor;
  return typeof next === 'string' ? { ...output, nextCursor: seal(next) } : output;
}

function authenticate(access: Access, authorization: string | undefined, deps: HttpDeps): Principal {
  if (access === 'public') return ANONYMOUS;
  if (!authorization) throw new DomainError('AUTH_REQUIRED');
  const match = /^Bearer\s+(\S+)$/i.exec(authorization);
  const claims = match ? deps.tokens.verify(match[1]!, deps.realNow(), deps.config.stage) : null;
  if (!claims) throw new DomainError('AUTH_INVALID');
  if (!access.includes(claims.role)) throw new DomainError('FORBIDDEN');
  return { role: claims.role, openid: claims.sub, memberId: claims.memberId, storeId: claims.storeId };
}

/** One consistent read of the account per staff or marketer request: a disabled account's token stops at once. */
async function refuseDisabledAccount(principal: Principal, deps: HttpDeps): Promise<void> {
  if (principal.role === 'member' || !deps.accounts) return;
  if (!(await deps.accounts.isActiveAccount(principal.openid))) throw new DomainError('ACCOUNT_DISABLED');
}

function parsePart<T>(schema: z.ZodType<T> | undefined, input: unknown, part: string): T {
  if (!schema) return undefined as T;
  const parsed = schema.safeParse(input);
  if (!parsed.success) throw new DomainError('VALIDATION_FAILED', undefined, validationDetails(parsed.error, part));
  return parsed.data;
}

/**
 * API Gateway (HTTP API) refuses a request whose request line and headers exceed 10,240 bytes before any function
 * runs; the local server lets more through, so the same limit is kept here, answered in our error shape.
 */
const REQUEST_LINE_AND_HEADERS_LIMIT = 10_240;

function refuseOversizedRequestLine(event: HttpEvent): void {
  let size = event.rawPath.length + (event.rawQueryString?.length ?? 0);
  for (const [name, value] of Object.entries(event.headers ?? {})) size += name.length + (value?.length ?? 0);
  if (size > REQUEST_LINE_AND_HEADERS_LIMIT)
    throw new DomainError('HEADERS_TOO_LARGE', undefined, { limitBytes: REQUEST_LINE_AND_HEADERS_LIMIT });
}

/** A route without a body takes none: an empty body or `{}` is fine, anything else is refused like a bad body. */
function noBody(body: unknown): undefined {
  const empty = body === undefined || (isPlainObject(body) && Object.keys(body).length === 0);
  if (!empty)
    throw new DomainError('VALIDATION_FAILED', '该请求不需要请求内容', {
      issues: [{ path: 'body', message: 'this request takes no body' }],
    });
  return undefined;
}

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function readJsonBody(event: HttpEvent, contentLength: string | undefined): unknown {
  if (!event.body) {
    // API Gateway passes the text as sent; the local server hands a body that parses to null, false, 0 or "" over as
    // no body at all. Its length gives it away: such a body is refused as it would be when deployed.
    if (Number(contentLength) > 0)
      throw new DomainError('VALIDATION_FAILED', '请求内容有误', {
        issues: [{ path: 'body', message: 'expected a JSON object' }],
      });
    return undefined;
  }
  const text = event.isBase64Encoded ? Buffer.from(event.body, 'base64').toString('utf8') : event.body;
  try {
    return JSON.parse(text);
  } catch {
    throw new DomainError('VALIDATION_FAILED', '请求内容不是有效的 JSON', {
      issues: [{ path: 'body', message: 'invalid JSON' }],
    });
  }
}

function lowerCaseHeaders(headers: HttpEvent['headers']): Record<string, string | undefined> {
  const result: Record<string, string | undefined> = {};
  for (const [name, value] of Object.entries(headers ?? {})) result[name.toLowerCase()] = value;
  return result;
}
