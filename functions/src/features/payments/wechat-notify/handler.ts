import { randomUUID } from 'node:crypto';
import { appDeps, type AppDeps } from '../../../composition';
import type { HttpEvent, HttpResult } from '../../../http/lambda-types';
import { describeError, logger } from '../../../http/logger';
import type { HttpHandler, RouteSpec } from '../../../http/route';
import { handleWechatNotify } from './use-case';

/**
 * POST /v1/pay/wechat/notify speaks WeChat Pay's protocol, not ours: the raw body (its bytes are signed), no bearer
 * token, answers 204 or `{ code: "FAIL", message }`. So it is not an httpRoute; its spec only documents the route.
 */
const spec: RouteSpec<unknown, unknown, unknown, unknown> = {
  access: 'public',
  run: () => Promise.reject(new Error('the notify route reads its raw body: see handler.ts')),
};

export const createHandler = (deps: () => AppDeps = appDeps): HttpHandler => {
  const handler = async (event: HttpEvent): Promise<HttpResult> => {
    const requestId = randomUUID();
    const headers = { 'content-type': 'application/json; charset=utf-8', 'x-request-id': requestId };
    try {
      const body = event.isBase64Encoded
        ? Buffer.from(event.body ?? '', 'base64').toString('utf8')
        : (event.body ?? '');
      const answer = await handleWechatNotify({ headers: event.headers ?? {}, body }, deps());
      return 'body' in answer
        ? { statusCode: answer.statusCode, headers, body: JSON.stringify(answer.body) }
        : { statusCode: 204, headers: { 'x-request-id': requestId }, body: '' };
    } catch (error) {
      logger.error('payment notification failed', { requestId, error: describeError(error) });
      return { statusCode: 500, headers, body: JSON.stringify({ code: 'FAIL', message: '稍后重试' }) };
    }
  };
  return Object.assign(handler, { spec });
};

export const handler = createHandler();
