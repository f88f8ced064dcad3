import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { assertPortFree } from './ports';

/** What the stand-ins of WeChat's servers share: a loopback HTTP server, bodies, answers. Local stage only. */

export function assertLocalStage(what: string): void {
  const stage = process.env.STAGE;
  if (stage && stage !== 'local') throw new Error(`${what} runs in the local stage only (STAGE=${stage})`);
}

export interface Incoming {
  method: string;
  url: URL;
  /** Path and query exactly as sent: what WeChat Pay's request signature covers. */
  pathWithQuery: string;
  headers: IncomingMessage['headers'];
  body: string;
  socket: IncomingMessage['socket'];
}

export type Handler = (request: Incoming, response: ServerResponse) => Promise<void>;

export async function startLoopbackServer(
  port: number,
  what: string,
  handler: Handler,
): Promise<{ server: Server; url: string }> {
  if (port) await assertPortFree(port, what);
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const incoming: Incoming = {
        method: req.method ?? 'GET',
        url: new URL(req.url ?? '/', 'http://127.0.0.1'),
        pathWithQuery: req.url ?? '/',
        headers: req.headers,
        body: Buffer.concat(chunks).toString('utf8'),
        socket: req.socket,
      };
      handler(incoming, res).catch((error: Error) => {
        if (!res.headersSent) sendJson(res, 500, { message: error.message });
        else res.destroy();
      });
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve());
  });
  return { server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
}

export function closeServer(server: Server): Promise<void> {
  server.closeAllConnections();
  return new Promise((resolve) => server.close(() => resolve()));
}

export function sendJson(
  response: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): void {
  const text = body === undefined ? '' : JSON.stringify(body);
  response.writeHead(status, {
    ...(text ? { 'content-type': 'application/json; charset=utf-8' } : {}),
    ...headers,
  });
  response.end(text);
}

export function sendHtml(response: ServerResponse, status: number, html: string): void {
  response.writeHead(status, { 'content-type': 'text/html; charset=utf-8' });
  response.end(html);
}

export function parseJson(text: string): Record<string, unknown> | undefined {
  try {
    const value = JSON.parse(text);
    return value && typeof value === 'object' && !Array.isArray(value) ? value : undefined;
  } catch {
    return undefined;
  }
}

export const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c);

/** RFC 3339 in China Standard Time, as WeChat writes its times. */
export const chinaTime = (ms: number) =>
  `${new Date(Math.floor(ms / 1000) * 1000 + 8 * 3600_000).toISOString().slice(0, 19)}+08:00`;
