import { spawn } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

export const MINIAPP_DIR = join(__dirname, '..', '..', 'miniapp');

/** Runs the real Taro build for a target into miniapp/<outDir>; the H5 build is pointed at the given API. */
export function buildMiniapp(
  target: 'weapp' | 'h5',
  env: Record<string, string> = {},
  quiet = false,
  outDir = `dist/${target}`,
): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      [join(MINIAPP_DIR, '..', 'node_modules', '@tarojs', 'cli', 'bin', 'taro'), 'build', '--type', target],
      {
        cwd: MINIAPP_DIR,
        env: { ...process.env, NODE_ENV: 'production', TARO_OUTPUT_DIR: outDir, ...env },
        stdio: quiet ? ['ignore', 'pipe', 'pipe'] : 'inherit',
      },
    );
    let output = '';
    child.stdout?.on('data', (chunk) => (output += chunk));
    child.stderr?.on('data', (chunk) => (output += chunk));
    child.on('exit', (code) =>
      code === 0
        ? resolve()
        : reject(new Error(`taro build --type ${target} failed (${code})\n${output.slice(-6000)}`)),
    );
  });
}

export function directorySize(dir: string, exclude: (name: string) => boolean = () => false): number {
  let total = 0;
  for (const name of readdirSync(dir)) {
    if (exclude(name)) continue;
    const path = join(dir, name);
    const stats = statSync(path);
    total += stats.isDirectory() ? directorySize(path) : stats.size;
  }
  return total;
}
