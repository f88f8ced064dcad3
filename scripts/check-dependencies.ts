/**
 * The import rule Biome cannot express: a relative import in shared/ must resolve inside shared/ (Biome matches
 * specifiers, it does not resolve them). Every other boundary is a Biome rule (noRestrictedImports per folder in
 * biome.jsonc): shared/ imports only itself and zod; only the DynamoDB, SQS and SSM adapters use the AWS SDK; the
 * functions never import the mini-program or infra/ (the seed, the local stack and its stand-ins); the mini-program
 * never imports server code, Node built-ins or the seed.
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
  (s, file) => !s.startsWith('.') || join(file, '..', s).startsWith(join(ROOT, 'shared')),
  'a relative import of shared/ must stay inside shared/',
);
if (violations.length) {
  process.stderr.write(`Dependency rules broken:\n${violations.map((v) => `  ${v}`).join('\n')}\n`);
  process.exit(1);
}
process.stdout.write('Dependency rules hold: every relative import of shared/ stays inside shared/.\n');
