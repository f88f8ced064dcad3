/**
 * `npm run bench -- cold`: what a Lambda cold start pays to load a handler. Each handler is bundled as the
 * deployment bundles it (serverless.yml custom.esbuild: bundle, minify, node20, the runtime's SSM and SQS clients
 * left out), beside a bundle of the AWS SDK clients every handler loads (DynamoDB, and SSM for the app's secrets at
 * its first request) and one of the two DynamoDB packages alone; each bundle is then `require()`d in fresh Node
 * processes, taking turns, and the median load time is printed with the ratio to the SDK clients' bundle.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { build, type Plugin } from 'esbuild';

const ROUNDS = 15;
/** Route → serverless.yml function and its handler file. */
const HANDLERS: Record<string, [string, string]> = {
  'POST /v1/store/purchases': ['recordPurchase', 'functions/src/features/counter/record-purchase/handler.ts'],
  'GET /v1/me': ['getMe', 'functions/src/features/members/get-me/handler.ts'],
  'POST /v1/store/scan': ['storeScan', 'functions/src/features/counter/store-scan/handler.ts'],
  'POST /v1/wallet/topups (WeChat Pay)': ['createTopup', 'functions/src/features/wallet/create-topup/handler.ts'],
};
/** The deployed stage's esbuild plugins (infra/esbuild-plugins.cjs), given the functions they bundle. */
const deployedPlugins = (): Plugin[] =>
  require('../../infra/esbuild-plugins.cjs')({
    config: { servicePath: process.cwd() },
    processedInput: { options: { stage: 'prod' } },
    service: {
      provider: { stage: 'prod' },
      functions: Object.fromEntries(
        Object.values(HANDLERS).map(([name, file]) => [name, { handler: file.replace(/\.ts$/, '.handler') }]),
      ),
    },
  });
const DYNAMODB_ONLY = `import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
export const handler = DynamoDBDocumentClient.from(new DynamoDBClient({}));`;
/** The clients every deployed handler loads: DynamoDB, and SSM for the app's secrets at its first request. */
const SDK_CLIENTS = `${DYNAMODB_ONLY}
import { SSMClient } from '@aws-sdk/client-ssm';
export const secrets = new SSMClient({});`;

export async function benchCold(): Promise<void> {
  // Inside the checkout, so the SSM and SQS clients left out resolve from node_modules as the runtime's would.
  mkdirSync('.artifacts', { recursive: true });
  const dir = mkdtempSync(join('.artifacts', 'bench-cold-'));
  try {
    const bundles: { name: string; file: string | null; sdk?: string }[] = [
      { name: 'AWS SDK clients alone (DynamoDB + SSM)', file: null, sdk: SDK_CLIENTS },
      { name: 'DynamoDB SDK clients alone', file: null, sdk: DYNAMODB_ONLY },
    ];
    for (const [name, [, file]] of Object.entries(HANDLERS)) bundles.push({ name, file });
    const built = [];
    for (const [i, { name, file, sdk }] of bundles.entries()) {
      const outfile = join(dir, `bundle-${i}.js`);
      await build({
        // The SDK-only entry resolves its packages from where the handlers do.
        ...(file
          ? { entryPoints: [file] }
          : { stdin: { contents: sdk ?? '', resolveDir: 'functions/src', loader: 'ts' } }),
        outfile,
        bundle: true,
        minify: true,
        sourcemap: false,
        target: 'node20',
        platform: 'node',
        format: 'cjs',
        external: ['@aws-sdk/client-ssm', '@aws-sdk/client-sqs'],
        plugins: deployedPlugins(),
        logLevel: 'error',
      });
      built.push({ name, outfile, bytes: statSync(outfile).size, times: [] as number[] });
    }
    // Taking turns, so a busier second weighs on every bundle alike.
    for (let round = 0; round < ROUNDS; round++)
      for (const bundle of built) bundle.times.push(requireTimeMs(bundle.outfile));
    const median = (times: number[]) => [...times].sort((a, b) => a - b)[Math.floor(times.length / 2)]!;
    const sdk = median(built[0]!.times);
    process.stdout.write(
      `\nbench cold: require() of each bundle in a fresh Node process, ${ROUNDS} rounds taking turns (load 1m ${loadavg()[0]!.toFixed(2)})\n`,
    );
    process.stdout.write(
      `${'bundle'.padEnd(40)} ${'size KB'.padStart(9)} ${'median ms'.padStart(10)} ${'× SDK'.padStart(7)}\n`,
    );
    for (const bundle of built) {
      const ms = median(bundle.times);
      process.stdout.write(
        `${bundle.name.padEnd(40)} ${(bundle.bytes / 1024).toFixed(0).padStart(9)} ${ms.toFixed(1).padStart(10)} ${(ms / sdk).toFixed(2).padStart(7)}\n`,
      );
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The time a fresh process takes to require the bundle, measured inside it (process start excluded). */
function requireTimeMs(file: string): number {
  const script = `const t=process.hrtime.bigint();require(${JSON.stringify(resolve(file))});process.stdout.write(String(Number(process.hrtime.bigint()-t)/1e6))`;
  return Number(
    execFileSync(process.execPath, ['-e', script], {
      encoding: 'utf8',
      env: { ...process.env, AWS_REGION: 'cn-north-1' },
    }),
  );
}
