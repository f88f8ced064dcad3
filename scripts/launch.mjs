#!/usr/bin/env node
// The first command after a clone: needs nothing but Node. It installs what is missing (npm packages, and
// Java or Chromium where it can), then hands over to the TypeScript script of the command.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const [command = 'help', ...args] = process.argv.slice(2);

const needs = {
  start: ['java', 'chromium?'],
  api: ['java'],
  test: ['java', 'chromium'],
  job: ['java'],
  bench: ['java'],
  build: [],
};

const systemPackages = {
  java: { bin: 'java', apt: 'openjdk-17-jre-headless', why: 'DynamoDB Local runs on Java' },
  chromium: { bin: 'chromium', apt: 'chromium', why: 'the browser tests drive Chromium' },
};

function run(cmd, cmdArgs, options = {}) {
  const result = spawnSync(cmd, cmdArgs, { stdio: 'inherit', cwd: root, ...options });
  return result.status === 0;
}

function ensureDependencies() {
  const marker = join(root, 'node_modules', '.package-lock.json');
  const lock = join(root, 'package-lock.json');
  const fresh =
    existsSync(marker) &&
    existsSync(join(root, 'node_modules', '.bin', 'tsx')) &&
    statSync(marker).mtimeMs >= statSync(lock).mtimeMs - 1000;
  if (fresh) return;
  process.stdout.write('Installing dependencies (npm ci)…\n');
  if (!run('npm', ['ci', '--no-audit', '--no-fund'])) {
    process.stderr.write('npm ci failed; see the output above.\n');
    process.exit(1);
  }
}

const has = (bin) => spawnSync('sh', ['-c', `command -v ${bin}`], { stdio: 'ignore' }).status === 0;

function ensureSystemPackage(name, optional) {
  const pkg = systemPackages[name];
  if (has(pkg.bin)) return;
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (isRoot && has('apt-get')) {
    process.stdout.write(`${pkg.bin} is missing (${pkg.why}); installing ${pkg.apt} with apt-get…\n`);
    if (
      run('sh', ['-c', `apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq ${pkg.apt}`]) &&
      has(pkg.bin)
    )
      return;
  }
  const hint = `${isRoot ? '' : 'sudo '}apt-get install -y ${pkg.apt}`;
  if (optional) {
    process.stdout.write(`Note: ${pkg.bin} is not installed (${pkg.why}). To add it: ${hint}\n`);
    return;
  }
  process.stderr.write(`${pkg.bin} is required: ${pkg.why}. Install it with:\n  ${hint}\n`);
  process.exit(1);
}

if (!(command in needs)) {
  process.stdout.write(
    'Usage: npm start [-- --fresh] | npm run api | npm test [-- <step>…] | npm run job -- <name> [--now ISO] | npm run bench -- <name> | npm run build:weapp | npm run build:h5\n',
  );
  process.exit(command === 'help' ? 0 : 1);
}

ensureDependencies();
for (const need of needs[command]) ensureSystemPackage(need.replace('?', ''), need.endsWith('?'));

const script = join(root, 'scripts', `${command}.ts`);
const child = spawn(process.execPath, ['--import', 'tsx', script, ...args], {
  stdio: 'inherit',
  cwd: root,
  env: { ...process.env, NODE_NO_WARNINGS: '1' },
});
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 130 : 1)));
