/**
 * Import rules that keep the architecture honest:
 *  - shared/ is pure: it imports only itself and zod;
 *  - only functions/src/adapters/dynamodb, adapters/sqs and adapters/ssm use the AWS SDK (DynamoDB, the dispatch queue,
 *    the WeChat settings in Parameter Store); tooling in infra/, scripts/, tests/ may;
 *  - functions never import infra/ (the local stand-ins and keys stay out of anything deployed);
 *  - the mini-program never imports the functions or Node built-ins.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

const ROOT = join(__dirname, '..');
const IMPORT =
  /(?:import|export)\s[^'"]*?from\s+['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)|require\(\s*['"]([^'"]+)['"]\s*\)/g;

function sourceFiles(dir: string): string[] {
  const files: string[] = [];
  for (const name of readdirSync(dir)) {
    if (name === 'node_modules' || name === 'dist' || name.startsWith('.')) continue;
    const path = join(dir, name);
    if (statSync(path).isDirectory()) files.push(...sourceFiles(path));
    else if (/\.(ts|tsx)$/.test(name)) files.push(path);
  }
  return files;
}

function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  return [...text.matchAll(IMPORT)].map((match) => match[1] ?? match[2] ?? match[3]!).filter(Boolean);
}

const violations: string[] = [];
const rule = (dir: string, allowed: (specifier: string, file: string) => boolean, why: string) => {
  for (const file of sourceFiles(join(ROOT, dir))) {
    for (const specifier of importsOf(file)) {
      if (!allowed(specifier, file)) violations.push(`${relative(ROOT, file)} imports '${specifier}': ${why}`);
    }
  }
};

rule(
  'shared/src',
  (s, file) =>
    s === 'zod' || s.startsWith('zod/') || (s.startsWith('.') && join(file, '..', s).startsWith(join(ROOT, 'shared'))),
  'shared/ must stay pure (itself and zod only)',
);
rule(
  'functions/src',
  (s, file) =>
    !s.startsWith('@aws-sdk/') ||
    ['functions/src/adapters/dynamodb/', 'functions/src/adapters/sqs/', 'functions/src/adapters/ssm/'].some((dir) =>
      relative(ROOT, file).startsWith(dir),
    ),
  'only the DynamoDB, SQS and SSM adapters may use the AWS SDK',
);
rule('functions/src', (s) => !s.includes('infra/'), 'functions must not depend on the local stack or its stand-ins');
rule('functions/src', (s) => !s.includes('miniapp'), 'functions must not depend on the mini-program');
rule(
  'miniapp/src',
  (s) => !s.startsWith('@aws-sdk/') && !s.startsWith('node:') && !s.includes('functions/'),
  'the mini-program must not import server code or Node built-ins',
);

if (violations.length) {
  process.stderr.write(`Dependency rules broken:\n${violations.map((v) => `  ${v}`).join('\n')}\n`);
  process.exit(1);
}
process.stdout.write(
  'Dependency rules hold: shared/ is pure, only the DynamoDB, SQS and SSM adapters import @aws-sdk, functions import nothing of infra/, the mini-program imports no server code.\n',
);
