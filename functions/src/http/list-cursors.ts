import { createHmac, timingSafeEqual } from 'node:crypto';
import { DomainError } from '@app/shared';
import type { HttpEvent } from './lambda-types';

/** Query parameters that may change between the pages of one list (a page of 20, then one of 50). */
const PAGE_PARAMETERS = new Set(['cursor', 'limit']);
const MAC_BYTES = 16;

/**
 * List cursors as clients see them: `<position>.<mac>`. The position is what the adapter resumes from (DynamoDB's
 * last key, base64url); the MAC (HMAC-SHA256, 128 bits, under a key derived from the session secret) binds it to
 * the list it came from — route, path, every filter of the query — and to the caller. So a hand-made cursor, a
 * cursor of another list or filter, or another caller's cursor never reaches DynamoDB: the wrapper answers 400.
 */
export function listCursors(sessionSecret: string): ListCursors {
  // The key is derived once per container (the secret never changes in one), not once per request.
  if (made?.secret !== sessionSecret) made = { secret: sessionSecret, cursors: cursorsUnder(sessionSecret) };
  return made.cursors;
}

type ListCursors = ReturnType<typeof cursorsUnder>;
let made: { secret: string; cursors: ListCursors } | undefined;

function cursorsUnder(sessionSecret: string) {
  const key = createHmac('sha256', sessionSecret).update('list-cursor/v1').digest();
  const mac = (scope: string, position: string) =>
    createHmac('sha256', key).update(scope).update('\n').update(position).digest().subarray(0, MAC_BYTES);

  return {
    seal(position: string, scope: string): string {
      return `${position}.${mac(scope, position).toString('base64url')}`;
    },

    /** The position inside a cursor this list gave this caller; anything else is 400 `query.cursor`. */
    open(cursor: string, scope: string): string {
      const dot = cursor.lastIndexOf('.');
      const position = cursor.slice(0, Math.max(dot, 0));
      const given = Buffer.from(cursor.slice(dot + 1), 'base64url');
      const expected = mac(scope, position);
      if (dot <= 0 || given.length !== MAC_BYTES || !timingSafeEqual(given, expected)) throw invalidCursor();
      return position;
    },
  };
}

/** What a cursor is bound to: the route and path, the list's filters (sorted), and who asked. */
export function listScope(event: HttpEvent, caller: string): string {
  const filters = Object.entries(event.queryStringParameters ?? {})
    .filter(([name]) => !PAGE_PARAMETERS.has(name))
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([name, value]) => `${name}=${value ?? ''}`);
  return [event.routeKey ?? '', event.rawPath, caller, ...filters].join('\n');
}

export const invalidCursor = () =>
  new DomainError('VALIDATION_FAILED', '无效的分页参数，请从第一页重新加载', {
    issues: [{ path: 'query.cursor', message: 'invalid cursor' }],
  });
