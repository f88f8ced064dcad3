import { spawnSync } from 'node:child_process';
import { accessSync, chmodSync, constants, existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';

/**
 * WeChat's own compilers, as WeChat DevTools runs them on upload: wcc (WXML + WXS → the page functions) and wcsc
 * (WXSS). The Linux binaries ship in `miniprogram-compiler`; both exit non-zero on any error and name the file
 * and position.
 */
const BIN = join(dirname(require.resolve('miniprogram-compiler/package.json')), 'bin', 'linux');

export interface CompileError {
  compiler: 'wcc' | 'wcsc';
  /** Relative to the checked folder, e.g. `pages/profile/index.wxss`. */
  file: string;
  line: number;
  column: number;
  message: string;
  /** The source around the position (build output is minified: one long line). */
  near: string;
}

export interface CompileReport {
  files: { wxml: number; wxs: number; wxss: number };
  errors: CompileError[];
}

/** Compiles every .wxml/.wxs with wcc and every .wxss with wcsc under `dir` (a mini-program project's root). */
export function compileMiniProgram(dir: string): CompileReport {
  const files = listFiles(dir);
  const wxml = files.filter((file) => file.endsWith('.wxml'));
  const wxs = files.filter((file) => file.endsWith('.wxs'));
  const wxss = files.filter((file) => file.endsWith('.wxss'));
  return {
    files: { wxml: wxml.length, wxs: wxs.length, wxss: wxss.length },
    errors: [...compileTemplates(dir, wxml, wxs), ...compileStyles(dir, wxss)],
  };
}

/** One line per error: `wcsc pages/profile/index.wxss:1:1301 error at token `:` near "…"`. */
export const formatError = (error: CompileError): string =>
  `${error.compiler} ${error.file}:${error.line}:${error.column} ${error.message}${error.near ? `  near "${error.near}"` : ''}`;

/**
 * wcc over the whole project at once (imports, WXS modules and components resolve as on upload). It stops at the
 * first bad file, so when it fails each template is compiled again alone (with the WXS modules), to name every one.
 */
function compileTemplates(dir: string, wxml: string[], wxs: string[]): CompileError[] {
  if (wxml.length + wxs.length === 0) return [];
  const whole = run(dir, 'wcc', ['-d', '-cc', componentArgs(dir, wxml), ...wxml, ...wxs, '-gn', '$gwx']);
  if (whole.ok) return [];
  const seen = new Set<string>();
  const errors = (wxml.length ? wxml : [undefined])
    .flatMap((file) => {
      const alone = run(dir, 'wcc', ['-d', '-cc', '0', ...(file ? [file] : []), ...wxs, '-gn', '$gwx']);
      return alone.ok ? [] : parseErrors(dir, 'wcc', alone.output);
    })
    .filter((error) => !seen.has(formatError(error)) && seen.add(formatError(error)));
  return errors.length ? errors : parseErrors(dir, 'wcc', whole.output);
}

/** wcsc names every bad stylesheet in one run. */
function compileStyles(dir: string, wxss: string[]): CompileError[] {
  if (wxss.length === 0) return [];
  const result = run(dir, 'wcsc', ['-db', '-pc', '0', ...wxss]);
  return result.ok ? [] : parseErrors(dir, 'wcsc', result.output);
}

/** `-cc "<pages with components> <page.wxml> <n> <names…> …"`: the custom components each page declares. */
function componentArgs(dir: string, wxml: string[]): string {
  const args: string[] = [];
  let count = 0;
  for (const file of wxml) {
    const json = join(dir, file.replace(/\.wxml$/, '.json'));
    if (!existsSync(json)) continue;
    const names = Object.keys(JSON.parse(readFileSync(json, 'utf8')).usingComponents ?? {});
    if (names.length === 0) continue;
    args.push(file, String(names.length), ...names);
    count++;
  }
  return [String(count), ...args].join(' ');
}

function run(dir: string, compiler: 'wcc' | 'wcsc', args: string[]): { ok: boolean; output: string } {
  const binary = executable(compiler);
  const result = spawnSync(binary, args, { cwd: dir, maxBuffer: 64 * 1024 * 1024 });
  if (result.error) throw result.error;
  return {
    ok: result.status === 0,
    output: `${result.stderr.toString()}${result.status === 0 ? '' : result.stdout.toString()}`,
  };
}

/** npm unpacks the binaries without the execute bit. */
function executable(compiler: 'wcc' | 'wcsc'): string {
  const binary = join(BIN, compiler);
  try {
    accessSync(binary, constants.X_OK);
  } catch {
    chmodSync(binary, 0o755);
  }
  return binary;
}

/** wcc: `file.wxml:2:11: message`; wcsc: `ERR: file.wxss(2:6): message` (further files without `ERR:`). */
const ERROR_LINE = /^(?:ERR: )?(\S+?\.(?:wxml|wxs|wxss))(?::(\d+):(\d+):|\((\d+):(\d+)\):)\s*(.*)$/;

function parseErrors(dir: string, compiler: 'wcc' | 'wcsc', output: string): CompileError[] {
  const errors: CompileError[] = [];
  for (const line of output.split('\n')) {
    const match = ERROR_LINE.exec(line.trim());
    if (!match) continue;
    const [, file = '', l1, c1, l2, c2, message = ''] = match;
    const position = { line: Number(l1 ?? l2), column: Number(c1 ?? c2) };
    errors.push({ compiler, file, ...position, message: message.trim(), near: excerpt(dir, file, position) });
  }
  if (errors.length === 0)
    errors.push({ compiler, file: '(unknown)', line: 0, column: 0, message: output.trim() || 'failed', near: '' });
  return errors;
}

function excerpt(dir: string, file: string, at: { line: number; column: number }): string {
  try {
    const text = readFileSync(join(dir, file), 'utf8').split('\n')[at.line - 1] ?? '';
    return text.slice(Math.max(0, at.column - 40), at.column + 20);
  } catch {
    return '';
  }
}

function listFiles(dir: string, under = dir): string[] {
  return readdirSync(under, { withFileTypes: true })
    .flatMap((entry) =>
      entry.isDirectory() ? listFiles(dir, join(under, entry.name)) : [relative(dir, join(under, entry.name))],
    )
    .map((file) => file.split(sep).join('/'))
    .filter((file) => /\.(wxml|wxs|wxss)$/.test(file))
    .sort();
}
