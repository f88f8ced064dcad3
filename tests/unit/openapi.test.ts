import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openApiDocument } from '../../functions/src/features/system/openapi/document';

const ROOT = join(__dirname, '..', '..');
const document = openApiDocument('test') as { openapi: string; paths: Record<string, Record<string, any>> };

/** Every function of serverless.yml with an HTTP route: its method and path (or `*` for the default route), its handler. */
const serverlessRoutes = [
  ...readFileSync(join(ROOT, 'serverless.yml'), 'utf8').matchAll(
    /\n {4}handler: (\S+)\n(?: {4}[^\n]*\n)*? {6}- httpApi: (?:\{ method: (\w+), path: '?([^'\s]+)'? \}|'\*')/g,
  ),
].map(([, handler, method, path]) => ({ handler: handler!, method, path }));

describe('the OpenAPI document', () => {
  test('is valid OpenAPI 3.1, checked by a real validator against the official schema', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'openapi-')), 'openapi.json');
    writeFileSync(file, JSON.stringify(document));
    // The validator is an ES module; it runs in its own Node process, as any tool reading the file would.
    const answer = execFileSync(
      process.execPath,
      [
        '--input-type=module',
        '-e',
        `import { Validator } from '@seriousme/openapi-schema-validator';
         const result = await new Validator().validate(${JSON.stringify(file)});
         process.stdout.write(JSON.stringify(result));`,
      ],
      { cwd: ROOT, encoding: 'utf8' },
    );
    const result = JSON.parse(answer) as { valid: boolean; errors?: unknown };
    expect(result.errors).toBeUndefined();
    expect(result.valid).toBe(true);
    expect(document.openapi).toBe('3.1.0');
  });

  test('has every route of serverless.yml, and nothing serverless.yml does not route', () => {
    const routed = serverlessRoutes
      .filter((route) => route.method)
      .map((route) => `${route.method!.toUpperCase()} ${route.path}`);
    const documented = Object.entries(document.paths).flatMap(([path, operations]) =>
      Object.keys(operations).map((method) => `${method.toUpperCase()} ${path}`),
    );
    expect(routed.length).toBeGreaterThan(60);
    expect(documented.sort()).toEqual(routed.sort());
  });

  test('says who may call a route, and where it honours an Idempotency-Key', () => {
    const operation = (method: string, path: string) => document.paths[path]![method]!;
    const headers = (method: string, path: string) =>
      (operation(method, path).parameters as { in: string; name: string }[]).filter((p) => p.in === 'header');
    expect(operation('get', '/v1/health').security).toEqual([]);
    expect(operation('get', '/v1/me').security).toEqual([{ bearer: [] }]);
    expect(headers('post', '/v1/store/purchases').map((p) => p.name)).toEqual(['Idempotency-Key']);
    expect(headers('post', '/v1/store/purchases/preview')).toEqual([]);
    expect(Object.keys(operation('post', '/v1/store/purchases').responses)).toEqual(
      expect.arrayContaining(['201', '400', '401', '403', '409', '422', '500', '503']),
    );
    expect(operation('post', '/v1/store/purchases').responses['409'].description).toContain('RECEIPT_DUPLICATE');
    expect(operation('get', '/v1/admin/members/{memberId}').parameters).toEqual([
      expect.objectContaining({ name: 'memberId', in: 'path', required: true }),
    ]);
    expect(operation('get', '/v1/me/points').parameters.map((p: { name: string }) => p.name)).toEqual(
      expect.arrayContaining(['limit', 'cursor', 'type']),
    );
  });
});

describe('one shape for the code', () => {
  test('every route is features/<area>/<route>/handler.ts beside its use-case.ts; handlers are as many as routes', () => {
    const features = join(ROOT, 'functions', 'src', 'features');
    for (const { handler } of serverlessRoutes) {
      expect(handler).toMatch(/^functions\/src\/features\/[a-z]+\/[a-z0-9-]+\/handler\.handler$/);
      const folder = join(ROOT, handler.replace(/\/handler\.handler$/, ''));
      expect(existsSync(join(folder, 'use-case.ts'))).toBe(true);
    }
    const handlers = execFileSync('find', [features, '-name', 'handler.ts'], { encoding: 'utf8' }).trim().split('\n');
    expect(handlers).toHaveLength(serverlessRoutes.length);
  });
});
