import type { ServerResponse } from 'node:http';
import {
  assertLocalStage,
  closeServer,
  type Incoming,
  parseJson,
  sendHtml,
  sendJson,
  startLoopbackServer,
} from '../stand-in-http';
import { messagesPage } from './messages-page';
import { type ApiFault, ApiState } from './state';
import { dataProblem } from './subscribe-rules';

export interface WechatApiStandInOptions {
  /** 0 (or absent): a free port. */
  port?: number;
  appid: string;
  secret: string;
}

export interface WechatApiStandIn {
  /** The base URL the server-API adapter is pointed at (WECHAT_API_BASE_URL). */
  url: string;
  /** The page of messages delivered to members' phones. */
  messagesUrl: string;
  state: ApiState;
  stop(): Promise<void>;
}

const ok = { errcode: 0, errmsg: 'ok' };
const err = (errcode: number, errmsg: string) => ({ errcode, errmsg });

/**
 * WeChat's server API as the product uses it, on this machine: stable access tokens that expire, subscribe
 * messages (recorded; refusals and busy answers on demand), code2Session and the phone-number flow, with
 * WeChat's errcodes. Controls under /control (see control-client.ts); the messages page at /messages.
 */
export async function startWechatApiStandIn(options: WechatApiStandInOptions): Promise<WechatApiStandIn> {
  assertLocalStage('The WeChat API stand-in');
  const state = new ApiState();
  const { server, url } = await startLoopbackServer(
    options.port ?? 0,
    'the WeChat API stand-in',
    async (request, response) => {
      const path = request.url.pathname;
      if (path === '/' || path === '/messages') return sendHtml(response, 200, messagesPage(state.messages));
      if (path.startsWith('/control/')) return control(state, request, response);
      const fault = state.nextFault(path);
      if (fault) {
        const answered = await applyFault(fault, request, response);
        if (answered) return;
      }
      const answer = platformAnswer(state, options, request);
      state.calls.push({ path, at: new Date().toISOString(), errcode: Number(answer.errcode ?? 0) });
      sendJson(response, 200, answer);
    },
  );
  return {
    url,
    messagesUrl: `${url}/messages`,
    state,
    stop: () => closeServer(server),
  };
}

async function applyFault(fault: ApiFault, request: Incoming, response: ServerResponse): Promise<boolean> {
  if (fault.kind === 'disconnect') {
    request.socket.destroy();
    return true;
  }
  if (fault.kind === 'delay') {
    await new Promise((resolve) => setTimeout(resolve, fault.delayMs ?? 5_000));
    return false;
  }
  if (fault.kind === 'http') sendJson(response, fault.status ?? 503, undefined);
  else
    sendJson(
      response,
      200,
      err(fault.errcode ?? -1, fault.errcode === -1 || !fault.errcode ? 'system error' : 'fault'),
    );
  return true;
}

function platformAnswer(
  state: ApiState,
  app: { appid: string; secret: string },
  request: Incoming,
): Record<string, unknown> {
  const now = Date.now();
  const path = request.url.pathname;
  const query = request.url.searchParams;
  if (path === '/sns/jscode2session' && request.method === 'GET') {
    if (query.get('appid') !== app.appid) return err(40013, 'invalid appid');
    if (query.get('secret') !== app.secret) return err(40125, 'invalid appsecret');
    if (query.get('grant_type') !== 'authorization_code') return err(40002, 'invalid grant_type');
    const login = state.loginCodes.get(query.get('js_code') ?? '');
    if (!login) return err(40029, 'invalid code');
    if (login.used) return err(40163, 'code been used');
    login.used = true;
    return { openid: login.openid, session_key: Buffer.from(login.openid).toString('base64') };
  }
  if (request.method !== 'POST') return err(43002, 'require POST method');
  const body = parseJson(request.body);
  if (!body) return err(47001, 'data format error');
  if (path === '/cgi-bin/stable_token') {
    if (body.grant_type !== 'client_credential') return err(40002, 'invalid grant_type');
    if (body.appid !== app.appid) return err(40013, 'invalid appid');
    if (body.secret !== app.secret) return err(40125, 'invalid appsecret');
    return state.stableToken(now, body.force_refresh === true);
  }
  const tokenErrcode = state.tokenErrcode(query.get('access_token'), now);
  if (path === '/cgi-bin/message/subscribe/send' || path === '/wxa/business/getuserphonenumber') {
    if (tokenErrcode === 41001) return err(41001, 'access_token missing');
    if (tokenErrcode === 40001) return err(40001, 'invalid credential, access_token is invalid or not latest');
    if (tokenErrcode === 42001) return err(42001, 'access_token expired');
  }
  if (path === '/wxa/business/getuserphonenumber') {
    const phone = state.phoneCodes.get(String(body.code ?? ''));
    if (!phone || phone.used) return err(40029, 'invalid code');
    phone.used = true;
    const watermark = { timestamp: Math.floor(now / 1000), appid: app.appid };
    return {
      ...ok,
      phone_info: { phoneNumber: phone.phone, purePhoneNumber: phone.phone, countryCode: '86', watermark },
    };
  }
  if (path === '/cgi-bin/message/subscribe/send') return subscribeSend(state, body);
  return err(40066, 'invalid url');
}

function subscribeSend(state: ApiState, body: Record<string, unknown>): Record<string, unknown> {
  const touser = typeof body.touser === 'string' ? body.touser : '';
  const templateId = typeof body.template_id === 'string' ? body.template_id : '';
  if (!touser) return err(40003, 'invalid openid');
  if (!templateId || (state.templates.length > 0 && !state.templates.includes(templateId)))
    return err(40037, 'invalid template_id');
  const problem = dataProblem(body.data);
  if (problem) return err(47003, problem);
  const miniprogramState = body.miniprogram_state ?? 'formal';
  if (!['developer', 'trial', 'formal'].includes(String(miniprogramState)))
    return err(47003, 'argument invalid! miniprogram_state invalid');
  const refused = state.refuses(touser, templateId);
  const msgid = refused ? null : state.nextMsgid();
  state.messages.push({
    msgid,
    touser,
    templateId,
    page: typeof body.page === 'string' ? body.page : null,
    data: Object.fromEntries(
      Object.entries(body.data as Record<string, { value: string }>).map(([key, entry]) => [key, entry.value]),
    ),
    miniprogramState: String(miniprogramState),
    at: new Date().toISOString(),
    result: refused ? 'refused' : 'delivered',
  });
  return refused ? err(43101, 'user refuse to accept the msg') : { ...ok, msgid: Number(msgid) };
}

function control(state: ApiState, request: Incoming, response: ServerResponse) {
  const body = parseJson(request.body || '{}') ?? {};
  const key = `${request.method} ${request.url.pathname}`;
  const done = () => sendJson(response, 204, undefined);
  switch (key) {
    case 'GET /control/messages':
      return sendJson(response, 200, state.messages);
    case 'GET /control/calls':
      return sendJson(response, 200, state.calls);
    case 'POST /control/tokens/expire':
      state.expireTokens(Date.now());
      return done();
    case 'POST /control/tokens/invalidate':
      state.invalidateTokens();
      return done();
    case 'POST /control/config':
      if (typeof body.tokenLifetimeS === 'number') state.tokenLifetimeS = body.tokenLifetimeS;
      if (Array.isArray(body.templates)) state.templates = body.templates.map(String);
      return done();
    case 'POST /control/refusals':
      state.refusals.push({
        openid: String(body.openid),
        ...(body.templateId ? { templateId: String(body.templateId) } : {}),
      });
      return done();
    case 'POST /control/faults':
      state.faults.push({ times: 1, ...(body as unknown as ApiFault) });
      return done();
    case 'POST /control/login-codes': {
      const code = state.mintCode();
      state.loginCodes.set(code, { openid: String(body.openid), used: false });
      return sendJson(response, 200, { code });
    }
    case 'POST /control/phone-codes': {
      const code = state.mintCode();
      state.phoneCodes.set(code, { phone: String(body.phone), used: false });
      return sendJson(response, 200, { code });
    }
    case 'POST /control/reset':
      state.reset();
      return done();
    default:
      return sendJson(response, 404, { message: `no control ${key}` });
  }
}
