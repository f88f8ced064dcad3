import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { WechatPay, NotificationOutcome } from '../../functions/src/adapters/wechat-pay';
import { wechatPayClient } from '../../functions/src/adapters/wechat-pay';
import { wechatServerApi } from '../../functions/src/adapters/wechat/server-api';
import type { RetryPolicy } from '../../functions/src/adapters/wechat/transient-retry';
import { parseConfig } from '../../functions/src/config';
import type { WechatSettings } from '../../functions/src/wechat-settings';
import { localEnvironment } from '../../infra/local/local-env';
import { wechatApiControls } from '../../infra/local/wechat-api-stand-in/control-client';
import { wechatPayControls } from '../../infra/local/wechat-pay-stand-in/control-client';
import { startWechatStandIns, type WechatStandIns } from '../../infra/local/wechat-stand-ins';

/** Retries quick enough for tests; the shape of the policy is the production one. */
export const FAST_RETRY: RetryPolicy = { attempts: 3, baseDelayMs: 20, maxDelayMs: 80, timeoutMs: 1_000 };

export interface ReceivedNotification {
  outcome: NotificationOutcome;
  /** What the receiver answered WeChat Pay. */
  status: number;
}

/**
 * Plays the future notify route: verifies each notification with the adapter and answers 204 (or 401 when it
 * is refused), unless told to answer otherwise for the next ones.
 */
export async function startNotifyReceiver(verifier: () => WechatPay) {
  const received: ReceivedNotification[] = [];
  const script: number[] = [];
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', async () => {
      const headers = Object.fromEntries(Object.entries(req.headers).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v]));
      const outcome = await verifier().verifyNotification({ headers, body: Buffer.concat(chunks).toString('utf8') });
      const status = script.shift() ?? (outcome.ok ? 204 : 401);
      received.push({ outcome, status });
      res.writeHead(status).end(status === 401 && !outcome.ok ? JSON.stringify(outcome.answer.body) : undefined);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  return {
    port,
    received,
    /** The next notifications get these statuses (then 204 again). */
    answerNext: (...statuses: number[]) => script.push(...statuses),
    async waitFor(count: number, timeoutMs = 10_000) {
      const deadline = Date.now() + timeoutMs;
      while (received.length < count) {
        if (Date.now() > deadline) throw new Error(`expected ${count} notifications, got ${received.length}`);
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      return received;
    },
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/**
 * The WeChat stand-ins exactly as the local stack starts them, in this process, and the settings the local
 * stage's API would read from its environment (local-env → config), with the notify URL at a test receiver.
 */
export async function startWechatForTests() {
  let pay: WechatPay | undefined;
  const receiver = await startNotifyReceiver(() => pay!);
  const standIns: WechatStandIns = await startWechatStandIns();
  const env = localEnvironment({
    dynamoEndpoint: 'http://127.0.0.1:9',
    tableName: 'unused',
    apiPort: receiver.port,
    lambdaPort: 0,
    wechat: standIns.wechat,
  });
  const source = parseConfig(env).wechat;
  if (source.from !== 'environment' || !source.settings.pay) throw new Error('the local stage should carry WeChat Pay');
  const settings: WechatSettings = source.settings;
  pay = wechatPayClient(settings.pay!, { retry: FAST_RETRY });
  return {
    settings,
    standIns,
    receiver,
    pay,
    api: wechatServerApi(settings.api, { retry: FAST_RETRY }),
    payControls: wechatPayControls(standIns.pay.url),
    apiControls: wechatApiControls(standIns.api.url),
    async stop() {
      await standIns.stop();
      await receiver.stop();
    },
  };
}
