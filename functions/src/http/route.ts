import { createHash, randomUUID } from 'node:crypto';
import * as z from 'zod';
import { DomainError, isDomainError, type Role } from '@app/shared';
import type { AppConfig } from '../config';
import { isRefusedForLoad, type IdempotencyRepository } from '../adapters/dynamodb';
import type { SessionTokens } from '../security/session-token';
import { requestNow } from './clock';
import type { HttpEvent, HttpResult } from './lambda-types';
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
  tokens: SessionTokens;
  idempotency: IdempotencyRepository;
  realNow: () => number;
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
  run: (request: RequestContext<B, Q, P>) => Promise<R>;
}

const IDEMPOTENCY_LEASE_MS = 30_000;
const IDEMPOTENCY_RETENTION_MS = 24 * 3600_000;
const idempotencyKey = z.string().min(1).max(255);
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
  const headers = lowerCaseHeaders(event.headers);
  const now = requestNow(headers['x-clock'], deps.config.isLocal, deps.realNow());

  // Sessions expire by the real clock: X-Clock moves business time, not the validity of a login.
  const principal = authenticate(spec.access, headers.authorization, deps);
  const body = parsePart(spec.body, readJsonBody(event), 'body');
  const query = parsePart(spec.query, event.queryStringParameters ?? {}, 'query');
  const params = parsePart(spec.params, event.pathParameters ?? {}, 'params');
  const request: RequestContext<B, Q, P> = { body, query, params, principal, now, requestId };

  const key = spec.idempotent ? headers['idempotency-key'] : undefined;
  if (key === undefined) return runUseCase(spec, request);

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
    result = await runUseCase(spec, request);
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
): Promise<HttpResult> {
  const output = await spec.run(request);
  if (output instanceof FileBody) return fileResult(spec.successStatus ?? 200, output, request.requestId);
  return json(spec.successStatus ?? 200, output, request.requestId);
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

function parsePart<T>(schema: z.ZodType<T> | undefined, input: unknown, part: string): T {
  if (!schema) return undefined as T;
  const parsed = schema.safeParse(input);
  if (!parsed.success) throw new DomainError('VALIDATION_FAILED', undefined, validationDetails(parsed.error, part));
  return parsed.data;
}

function readJsonBody(event: HttpEvent): unknown {
  if (!event.body) return undefined;
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
