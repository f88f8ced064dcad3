import { request as httpRequest } from 'node:http';

/** What the mini-program passes to `wx.request` (the fields of WeChat's API it uses). */
export interface WxRequestOptions {
  url: string;
  method?: string;
  data?: unknown;
  header?: Record<string, string>;
  timeout?: number;
  dataType?: string;
  responseType?: string;
}

export interface WxRequestSuccess {
  data: unknown;
  statusCode: number;
  header: Record<string, string>;
  cookies: string[];
  errMsg: 'request:ok';
}

/** One call as the harness saw it: for tests that check what was sent, and for "wait until requests settle". */
export interface RecordedRequest {
  method: string;
  url: string;
  body: unknown;
  status?: number;
  response?: unknown;
  error?: string;
}

export class WxRequestError extends Error {
  constructor(readonly errMsg: string) {
    super(errMsg);
  }
}

/**
 * `wx.request` as WeChat does it, sent to the test stack. The build keeps its own API URL (`TARO_APP_API_URL`,
 * by default http://127.0.0.1:3000): WeChat only lets a mini-program reach its configured request domains, and here
 * that one origin is the only one allowed and is sent to `target` instead. Any other URL fails as WeChat fails it.
 * Like WeChat: GET data becomes the query string, an object body is sent as JSON, any HTTP status is a success,
 * a JSON answer is parsed (dataType 'json', the default), and only a network failure or timeout is `request:fail`.
 */
export function forwardRequest(
  options: WxRequestOptions,
  allowedOrigin: string,
  target: string,
): { done: Promise<WxRequestSuccess>; abort: () => void } {
  const method = (options.method ?? 'GET').toUpperCase();
  const requested = new URL(options.url);
  if (requested.origin !== new URL(allowedOrigin).origin) {
    return {
      done: Promise.reject(new WxRequestError(`request:fail url not in domain list: ${options.url}`)),
      abort: () => undefined,
    };
  }
  const url = new URL(`${requested.pathname}${requested.search}`, target);
  const headers: Record<string, string> = { 'content-type': 'application/json', ...lowerCaseKeys(options.header) };
  let body: string | undefined;
  if (method === 'GET' && isPlainObject(options.data)) {
    for (const [key, value] of Object.entries(options.data)) url.searchParams.append(key, String(value));
  } else if (options.data !== undefined && options.data !== null) {
    body = typeof options.data === 'string' ? options.data : JSON.stringify(options.data);
  }

  let abort: () => void = () => undefined;
  const done = new Promise<WxRequestSuccess>((resolve, reject) => {
    const req = httpRequest(url, { method, headers, timeout: options.timeout ?? 60_000 }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => {
        const text = Buffer.concat(chunks).toString('utf8');
        resolve({
          data: options.dataType === 'json' || options.dataType === undefined ? parseJson(text) : text,
          statusCode: res.statusCode ?? 0,
          header: Object.fromEntries(Object.entries(res.headers).map(([key, value]) => [key, String(value)])),
          cookies: [],
          errMsg: 'request:ok',
        });
      });
      res.on('error', (error) => reject(new WxRequestError(`request:fail ${error.message}`)));
    });
    req.on('timeout', () => req.destroy(new Error('timeout')));
    req.on('error', (error) => reject(new WxRequestError(`request:fail ${error.message}`)));
    abort = () => req.destroy(new Error('abort'));
    req.end(body);
  });
  return { done, abort };
}

function parseJson(text: string): unknown {
  try {
    return text ? JSON.parse(text) : '';
  } catch {
    return text;
  }
}

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const lowerCaseKeys = (header: Record<string, string> = {}) =>
  Object.fromEntries(Object.entries(header).map(([key, value]) => [key.toLowerCase(), value]));
