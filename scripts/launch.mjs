#!/usr/bin/env node
// The first command after a clone: needs nothing but Node. It installs what is missing (npm packages, and
// Java, Chromium and a CJK font where it can), then hands over to the TypeScript script of the command. Each step
// says what it does and how long it took, so a first run of a few minutes is never a silent terminal.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const [command = 'help', ...args] = process.argv.slice(2);

const needs = {
  start: ['java', 'chromium?', 'cjkFont?'],
  api: ['java'],
  test: ['java', 'chromium', 'cjkFont?'],
  job: ['java'],
  bench: ['java'],
  build: [],
};

const systemPackages = {
  java: { bin: 'java', apt: 'openjdk-17-jre-headless', why: 'DynamoDB Local runs on Java' },
  chromium: { bin: 'chromium', apt: 'chromium', why: 'the browser tests drive Chromium' },
  // Screenshots of Chinese screens need a Chinese font, or every character is a box.
  cjkFont: {
    bin: 'fonts-noto-cjk',
    apt: 'fonts-noto-cjk',
    why: 'screenshots show Chinese text',
    present: () => spawnSync('sh', ['-c', 'fc-list :lang=zh family | grep -q .'], { stdio: 'ignore' }).status === 0,
  },
};

const started = Date.now();
/** `[0:42] message`: where the first run is, and how long it has taken so far. */
function step(message) {
  const seconds = Math.round((Date.now() - started) / 1000);
  process.stdout.write(`[${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}] ${message}\n`);
}

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
  step('Installing dependencies (npm ci; about 2–4 minutes the first time, npm shows its progress)…');
  if (!run('npm', ['ci', '--no-audit', '--no-fund', '--progress=true', '--loglevel=http'])) {
    process.stderr.write('npm ci failed; see the output above.\n');
    process.exit(1);
  }
  step('Dependencies installed.');
}

const has = (bin) => spawnSync('sh', ['-c', `command -v ${bin}`], { stdio: 'ignore' }).status === 0;

function ensureSystemPackage(name, optional) {
  const pkg = systemPackages[name];
  const present = () => (pkg.present ? pkg.present() : has(pkg.bin));
  if (present()) return;
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (isRoot && has('apt-get')) {
    step(`${pkg.bin} is missing (${pkg.why}); installing ${pkg.apt} with apt-get…`);
    if (
      run('sh', ['-c', `apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq ${pkg.apt}`]) &&
      present()
    ) {
      step(`${pkg.apt} installed.`);
      return;
    }
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
  env: { ...process.env, NODE_NO_WARNINGS: '1', LAUNCH_STARTED_AT: String(started) },
});
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 130 : 1)));
