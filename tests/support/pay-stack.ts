import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createAppDeps } from '../../functions/src/composition';
import { parseConfig } from '../../functions/src/config';
import { createHandler as notifyHandler } from '../../functions/src/features/payments/wechat-notify/handler';
import { localEnvironment } from '../../infra/local/local-env';
import { wechatPayControls } from '../../infra/local/wechat-pay-stand-in/control-client';
import { startWechatStandIns } from '../../infra/local/wechat-stand-ins';
import type { TestTable } from './dynamo';

/**
 * The payment side of the local stack in this process: the WeChat Pay stand-in, and our notify route (the real
 * handler) on a port of its own that the stand-in posts to, over the app's dependencies on a test table.
 */
export async function startPayStack(table: TestTable) {
  let handle: ReturnType<typeof notifyHandler> | undefined;
  const answers: number[] = [];
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', async () => {
      const headers = Object.fromEntries(Object.entries(req.headers).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v]));
      const result = await handle!({
        rawPath: req.url ?? '/',
        headers,
        body: Buffer.concat(chunks).toString('utf8'),
      });
      answers.push(result.statusCode);
      res.writeHead(result.statusCode, result.headers).end(result.body || undefined);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  const standIns = await startWechatStandIns();
  const env = localEnvironment({
    dynamoEndpoint: 'http://127.0.0.1:9',
    tableName: table.tableName,
    apiPort: port,
    lambdaPort: 0,
    wechat: standIns.wechat,
  });
  // Our clock, as the notify route reads it: a test may put it ahead to see the platform's signatures go stale.
  const clock = { skewMs: 0 };
  const deps = createAppDeps({ ...table.config, wechat: parseConfig(env).wechat }, table.db, {
    realNow: () => Date.now() + clock.skewMs,
  });
  handle = notifyHandler(() => deps);
  return {
    deps,
    notify: handle,
    answers,
    clock,
    controls: wechatPayControls(standIns.pay.url),
    async stop() {
      await standIns.stop();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

export async function until(check: () => Promise<boolean>, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error('timed out waiting');
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}
