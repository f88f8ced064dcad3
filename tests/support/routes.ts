import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface ServerlessRoute {
  function: string;
  method: string;
  /** As serverless.yml writes it, with `{param}` placeholders. */
  path: string;
}

const MUTATING = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/**
 * Every HTTP route of serverless.yml (the catch-all `'*'` aside), read from the file as deployed. Routes are one
 * line each (`- httpApi: { method: GET, path: /v1/... }`); any other httpApi form fails loudly, so a route written
 * differently is never silently left out of the tests that walk them.
 */
export function serverlessRoutes(): ServerlessRoute[] {
  const text = readFileSync(join(__dirname, '..', '..', 'serverless.yml'), 'utf8');
  const routes: ServerlessRoute[] = [];
  let fn = '';
  for (const line of text.split('\n')) {
    const name = /^ {2}([A-Za-z0-9]+):\s*$/.exec(line);
    if (name) fn = name[1]!;
    if (!line.includes('httpApi:') || line.trim().startsWith('#')) continue;
    if (/httpApi:\s*'\*'/.test(line)) continue;
    if (/^\s{2}httpApi:/.test(line)) continue; // provider.httpApi (CORS), not a route
    const route = /httpApi:\s*\{\s*method:\s*([A-Z]+),\s*path:\s*(?:'([^']+)'|([^\s}]+))\s*\}/.exec(line);
    if (!route) throw new Error(`serverless.yml: cannot read the route of ${fn}: ${line.trim()}`);
    routes.push({ function: fn, method: route[1]!, path: (route[2] ?? route[3])! });
  }
  if (routes.length < 10) throw new Error('serverless.yml: fewer routes than expected; did its format change?');
  return routes;
}

export const isMutating = (route: ServerlessRoute) => MUTATING.has(route.method);
export const routeKey = (route: { method: string; path: string }) => `${route.method} ${route.path}`;

/** Whether a request (`/v1/mall/items/demo-spoon?x=1`, or a path with `{param}` left in) is one of the route's. */
export function servesRequest(route: ServerlessRoute, request: { method: string; path: string }): boolean {
  if (route.method !== request.method) return false;
  const pattern = route.path.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\{[^}]+\}/g, '[^/?]+');
  return new RegExp(`^${pattern}(\\?.*)?$`).test(request.path);
}
