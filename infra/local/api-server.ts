import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { stopChild } from './dynamodb-local';
import type { LocalEnvironment } from './local-env';
import { assertPortFree } from './ports';

const ROOT = join(__dirname, '..', '..');

/** The API as it deploys: serverless-offline running the functions of serverless.yml, bundled by esbuild. */
export async function startApiServer(env: LocalEnvironment, onOutput: (line: string) => void = () => {}) {
  await assertPortFree(Number(env.API_PORT), 'the API');
  await assertPortFree(Number(env.API_LAMBDA_PORT), 'the API (Lambda invoke port)');
  const child = spawn(
    process.execPath,
    // Node refuses headers over 16 KiB with a bare 431; 64 KiB lets the API answer them in its own error shape
    // (it keeps API Gateway's 10,240-byte limit: http/route.ts).
    [
      '--max-http-header-size=65536',
      'node_modules/serverless/bin/serverless.js',
      'offline',
      'start',
      '--stage',
      'local',
    ],
    {
      cwd: ROOT,
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let output = '';
  const collect = (chunk: Buffer) => {
    output += chunk;
    for (const line of chunk.toString().split('\n')) if (line.trim()) onOutput(line);
  };
  child.stdout.on('data', collect);
  child.stderr.on('data', collect);
  const url = `http://127.0.0.1:${env.API_PORT}`;
  const deadline = Date.now() + 180_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`The API exited (${child.exitCode}):\n${output.slice(-4000)}`);
    try {
      const response = await fetch(`${url}/v1/health`);
      if (response.ok) return { url, stop: () => stopChild(child, 'SIGINT') };
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 300));
  }
  await stopChild(child, 'SIGINT');
  throw new Error(`The API did not answer within 180 s:\n${output.slice(-4000)}`);
}
