/**
 * `npm test`: every check, in order, around one local stack started here (DynamoDB Local in memory on free
 * ports, so it never collides with `npm start`). `npm test -- unit api` runs only the named steps.
 * Ends with one line `N passed, N failed` counting test cases plus the non-jest checks.
 */
import { spawn } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { freePort } from '../infra/local/ports';
import { startLocalStack, type LocalStack } from '../infra/local/stack';

const ROOT = join(__dirname, '..');
const ARTIFACTS = join(ROOT, '.artifacts');

interface Tally {
  passed: number;
  failed: number;
}
const tally: Tally = { passed: 0, failed: 0 };
const failures: string[] = [];

function run(command: string, args: string[], env: Record<string, string> = {}): Promise<number> {
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd: ROOT, stdio: 'inherit', env: { ...process.env, ...env } });
    child.on('exit', (code) => resolve(code ?? 1));
  });
}

async function check(name: string, command: string, args: string[], env: Record<string, string> = {}) {
  process.stdout.write(`\n▶ ${name}\n`);
  const code = await run(command, args, env);
  if (code === 0) tally.passed++;
  else {
    tally.failed++;
    failures.push(name);
  }
  return code === 0;
}

/** Runs jest projects of the root config, or a config of its own (projects = []), and adds up its results. */
async function jest(name: string, projects: string[], env: Record<string, string> = {}, config = 'jest.config.cjs') {
  process.stdout.write(`\n▶ ${name}\n`);
  const report = join(ARTIFACTS, `jest-${name}.json`);
  const args = [
    join(ROOT, 'node_modules/jest/bin/jest.js'),
    '-c',
    config,
    '--json',
    `--outputFile=${report}`,
    '--runInBand',
  ];
  for (const project of projects) args.push('--selectProjects', project);
  const code = await run(process.execPath, args, env);
  try {
    const result = JSON.parse(readFileSync(report, 'utf8'));
    const failed = result.numFailedTests + result.numRuntimeErrorTestSuites;
    tally.passed += result.numPassedTests;
    // A run that failed without a failing test (no tests found, a crash) still counts as one failure.
    tally.failed += failed > 0 ? failed : code !== 0 ? 1 : 0;
    if (failed > 0 || code !== 0) failures.push(name);
  } catch {
    tally.failed++;
    failures.push(`${name} (no report)`);
  }
}

const node = process.execPath;
const bin = (name: string) => join(ROOT, 'node_modules', '.bin', name);

async function main() {
  const only = process.argv.slice(2);
  const wanted = (step: string) => only.length === 0 || only.includes(step);
  rmSync(ARTIFACTS, { recursive: true, force: true });
  mkdirSync(join(ARTIFACTS, 'screenshots'), { recursive: true });

  if (wanted('typecheck')) {
    for (const project of ['shared', 'functions', 'miniapp', 'tests', 'tests/miniapp'])
      await check(`typecheck ${project}`, bin('tsc'), ['-p', project, '--noEmit']);
  }
  // Format and lint (import boundaries and React hooks rules included) in one pass that writes nothing.
  if (wanted('lint')) await check('lint (biome check)', bin('biome'), ['check', '--error-on-warnings', '.']);
  if (wanted('deps')) await check('dependency rules', node, ['--import', 'tsx', 'scripts/check-dependencies.ts']);
  if (wanted('unit')) await jest('unit', ['unit']);
  if (wanted('miniapp')) await jest('miniapp', [], {}, 'tests/miniapp/jest.config.js');

  // The WeChat build (with its default API URL; the runtime tests send its requests to this run's stack), then
  // WeChat's compilers over it here and WeChat's test runtime on the stack below (tests/weapp, README "Tests").
  let weappBuilt = false;
  if (['weapp', 'weapp-compile', 'weapp-runtime'].some(wanted))
    weappBuilt = await check('weapp build (main package < 2 MB)', node, [
      '--import',
      'tsx',
      'scripts/build.ts',
      'weapp',
    ]);
  const weappTests = async (step: string, env: Record<string, string> = {}) => {
    if (weappBuilt) return jest(step, [step], env, 'tests/weapp/jest.config.js');
    tally.failed++;
    failures.push(`${step} (not run: no weapp build)`);
  };
  if (wanted('weapp-compile')) await weappTests('weapp-compile');

  const needsStack = ['integration', 'api', 'e2e', 'weapp-runtime'].some(wanted);
  let stack: LocalStack | undefined;
  try {
    if (needsStack) {
      process.stdout.write('\n▶ starting the local stack (DynamoDB Local in memory + API)\n');
      const apiPort = await freePort();
      stack = await startLocalStack({
        dynamoPort: await freePort(),
        apiPort,
        lambdaPort: await freePort(),
        tableName: 'huiyuanka-test',
      });
      const env = {
        TEST_API_URL: stack.apiUrl,
        TEST_DYNAMO_ENDPOINT: stack.dynamoEndpoint,
        TEST_TABLE_NAME: stack.env.TABLE_NAME,
        TEST_WECHATPAY_URL: stack.wechat.pay.url,
        TEST_WECHAT_API_URL: stack.wechat.api.url,
      };
      if (wanted('integration')) await jest('integration', ['integration'], env);
      if (wanted('api')) await jest('api', ['api'], env);
      if (wanted('e2e')) {
        process.stdout.write('\n▶ building the H5 mini-program for the browser tests\n');
        const { buildMiniapp, MINIAPP_DIR } = await import('../infra/local/miniapp-build');
        const { serveStatic } = await import('../infra/local/static-server');
        await buildMiniapp(
          'h5',
          {
            TARO_APP_API_URL: stack.apiUrl,
            TARO_APP_STAGE: 'local',
            TARO_APP_PAY_SHEET_URL: stack.wechat.pay.sheetUrl,
          },
          true,
          'dist/h5-test',
        );
        const ui = await serveStatic(join(MINIAPP_DIR, 'dist', 'h5-test'), await freePort());
        await jest('e2e', ['e2e'], { ...env, TEST_UI_URL: ui.url, TEST_ARTIFACTS: ARTIFACTS });
        await ui.stop();
      }
      if (wanted('weapp-runtime')) await weappTests('weapp-runtime', env);
    }
  } catch (error) {
    tally.failed++;
    failures.push(`local stack: ${(error as Error).message}`);
  } finally {
    await stack?.stop();
  }

  if (wanted('package')) await check('sls package + cfn-lint', node, ['--import', 'tsx', 'scripts/check-package.ts']);

  process.stdout.write(`\n${failures.length ? `Failed: ${failures.join('; ')}\n` : 'All checks passed.\n'}`);
  process.stdout.write(`${tally.passed} passed, ${tally.failed} failed\n`);
  process.exit(tally.failed === 0 && failures.length === 0 ? 0 : 1);
}

main().catch((error: Error) => {
  process.stderr.write(`${error.stack ?? error.message}\n`);
  process.stdout.write(`${tally.passed} passed, ${tally.failed + 1} failed\n`);
  process.exit(1);
});
