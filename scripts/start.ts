/**
 * `npm start` (API + H5 mini-program) and, through scripts/api.ts, `npm run api` (API only).
 * Data lives under .local/ so a restart keeps the demo; `--fresh` starts over.
 */
import { join } from 'node:path';
import { createDocumentClient } from '../functions/src/adapters/dynamodb';
import { localConfig } from '../infra/local/local-env';
import { demoAccounts, demoMembers } from '../infra/seed/demo-data';
import { seedDemoHistory } from '../infra/seed/demo-history/run';
import { buildMiniapp, MINIAPP_DIR } from '../infra/local/miniapp-build';
import { assertPortFree } from '../infra/local/ports';
import { startLocalStack, type LocalStack } from '../infra/local/stack';
import { serveStatic } from '../infra/local/static-server';

const UI_PORT = Number(process.env.UI_PORT ?? 10086);

/** Seconds since `npm start` began (the launcher passes its start), for the progress lines of a first run. */
const startedAt = Number(process.env.LAUNCH_STARTED_AT ?? Date.now());
const elapsed = () => {
  const seconds = Math.round((Date.now() - startedAt) / 1000);
  return `[${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}]`;
};

export async function runLocal(withUi: boolean): Promise<void> {
  const fresh = process.argv.includes('--fresh');
  const apiPort = Number(process.env.API_PORT ?? 3000);
  if (withUi) await assertPortFree(UI_PORT, 'the H5 mini-program');
  const stopping: (() => Promise<void>)[] = [];
  const stopAll = async () => {
    for (const stop of stopping.reverse()) await stop().catch(() => {});
    process.exit(0);
  };
  process.on('SIGINT', stopAll);
  process.on('SIGTERM', stopAll);

  process.stdout.write(
    `${elapsed()} Starting DynamoDB Local, seeding the demo and starting the API${fresh ? ' (fresh data)' : ''}…\n`,
  );
  const stack: LocalStack = await startLocalStack({
    dynamoPort: Number(process.env.DYNAMO_PORT ?? 8000),
    apiPort,
    lambdaPort: Number(process.env.API_LAMBDA_PORT ?? apiPort + 2),
    tableName: 'huiyuanka-local',
    dbPath: '.local/dynamodb',
    fresh,
    onApiOutput: process.env.API_LOG ? (line) => process.stdout.write(`[api] ${line}\n`) : undefined,
  });
  stopping.push(stack.stop);

  let uiUrl: string | undefined;
  let history: Promise<boolean> | undefined;
  if (withUi) {
    process.stdout.write(
      `${elapsed()} API ready. Building the H5 mini-program (about 1–2 minutes) while the demo's 90 days are written…\n`,
    );
    // The history and the build run side by side: the first is DynamoDB's work, the second the bundler's. The
    // first screen does not wait for the history: the app is usable at once and the dashboard fills in as it goes.
    history = writeDemoHistory(stack);
    await buildMiniapp(
      'h5',
      { TARO_APP_API_URL: stack.apiUrl, TARO_APP_STAGE: 'local', TARO_APP_PAY_SHEET_URL: stack.wechat.pay.sheetUrl },
      true,
    );
    process.stdout.write(`${elapsed()} H5 mini-program built.\n`);
    const ui = await serveStatic(join(MINIAPP_DIR, 'dist', 'h5'), UI_PORT);
    stopping.push(ui.stop);
    uiUrl = ui.url;
  }

  const lines = [
    '',
    `会员卡 is running (local stage) — ${elapsed().slice(1, -1)} after npm start.`,
    ...(uiUrl ? [`  Mini-program (H5):  ${uiUrl}`] : []),
    `  API:                ${stack.apiUrl}/v1/health`,
    `  DynamoDB Local:     ${stack.dynamoEndpoint} (table huiyuanka-local, data in .local/)`,
    `  WeChat Pay sheet:   ${stack.wechat.pay.sheetUrl} (the local 微信支付 the H5 build pays with; no real money)`,
    `  Subscribe messages: ${stack.wechat.api.messagesUrl} (messages delivered to members' phones)`,
    '',
    'Demo logins (H5 login screen, or POST /v1/auth/wechat {"code":"dev:<openid>"}):',
    ...demoMembers.map((member) => `  dev:${member.openid.padEnd(14)} 会员 ${member.nickname} (${member.levelCode})`),
    ...demoAccounts.map((account) => `  dev:${account.openid.padEnd(14)} ${account.label}`),
    '  dev:<any other>    a new member',
    '',
    'Ctrl-C stops everything.',
  ];
  process.stdout.write(`${lines.join('\n')}\n`);
  if (history) {
    process.stdout.write(`${elapsed()} The demo's 90 days are still being written; a line says when they are done.\n`);
    await history;
  }
}

/** `npm start` only (`npm run api` stays the plain demo the API tests expect): 90 days of members' activity. */
async function writeDemoHistory(stack: LocalStack): Promise<boolean> {
  const db = createDocumentClient();
  const startedMs = Date.now();
  try {
    const summary = await seedDemoHistory(localConfig(stack.env), db, {
      drainStatistics: stack.drainStatistics,
      onProgress: (line) => process.stdout.write(`${elapsed()} ${line}\n`),
    });
    const seconds = ((Date.now() - startedMs) / 1000).toFixed(1);
    process.stdout.write(
      summary.skipped
        ? `${elapsed()} Demo history already there (kept from the last start; --fresh writes it again).\n`
        : `${elapsed()} Demo history written in ${seconds} s: ${summary.members} members, ${summary.purchases} purchases (${summary.couponsUsed} with a coupon), ${summary.checkins} check-ins, ${summary.topups} top-ups, ${summary.orders} mall orders.\n`,
    );
    return true;
  } catch (error) {
    // The product runs without it: say so, and how to try again.
    process.stderr.write(
      `${elapsed()} Demo history not written (${(error as Error).message}); npm start -- --fresh tries again.\n`,
    );
    return false;
  } finally {
    db.destroy();
  }
}

if (process.argv[1]?.endsWith('start.ts')) {
  runLocal(true).catch((error: Error) => {
    process.stderr.write(`${error.message}\n`);
    process.exit(1);
  });
}
