import { testEnv } from './env';

export interface ApiAnswer<T = any> {
  status: number;
  body: T;
  headers: Headers;
}

export async function call<T = any>(
  method: string,
  path: string,
  options: { token?: string; body?: unknown; rawBody?: string; headers?: Record<string, string> } = {},
): Promise<ApiAnswer<T>> {
  const headers: Record<string, string> = { ...options.headers };
  if (options.token) headers.authorization = `Bearer ${options.token}`;
  if (options.body !== undefined || options.rawBody !== undefined) headers['content-type'] = 'application/json';
  const response = await fetch(`${testEnv.apiUrl()}${path}`, {
    method,
    headers,
    body: options.rawBody ?? (options.body === undefined ? undefined : JSON.stringify(options.body)),
  });
  const text = await response.text();
  let body: any = text;
  try {
    body = text ? JSON.parse(text) : undefined;
  } catch {
    // keep the text
  }
  return { status: response.status, body, headers: response.headers };
}

export async function login(
  openid: string,
  referralCode?: string,
): Promise<{ token: string; memberId?: string; storeId?: string; role: string }> {
  const answer = await call('POST', '/v1/auth/wechat', {
    body: { code: `dev:${openid}`, ...(referralCode ? { referralCode } : {}) },
  });
  if (answer.status !== 200) throw new Error(`login ${openid} failed: ${answer.status} ${JSON.stringify(answer.body)}`);
  return answer.body;
}

let counter = 0;
/** A fresh openid per call, so each test gets a member no other test touched. */
export const newOpenid = (prefix = 'member') =>
  `${prefix}-${process.pid}-${Date.now().toString(36)}-${(counter++).toString(36)}`;
