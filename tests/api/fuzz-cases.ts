import { isMutating, routeKey, type ServerlessRoute } from '../support/routes';
import { seededRandom as random } from '../../infra/seed/seeded-random';

/** One malformed request: what it breaks is in its name; parts left out are sent as a client normally would. */
export interface Malformed {
  name: string;
  rawBody?: string;
  query?: string;
  params?: Record<string, string>;
  headers?: Record<string, string>;
}

const hash = (text: string) => [...text].reduce((h, c) => (Math.imul(h, 31) + c.charCodeAt(0)) >>> 0, 7);
const b64 = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');

const INVALID_JSON = ['{', '{"a":', '[1,2', "{'code':1}", 'nul', '{"a":1}}', '\u0000', '}{', '"open', '{"a":NaN}'];

/** Valid JSON that no route takes: wrong types, unknown and dangerous keys, values no field allows. */
const WRONG_SHAPES = [
  'null',
  '[]',
  '[{}]',
  '"text"',
  '-1',
  '1e308',
  'true',
  '{"__proto__":{"polluted":true}}',
  '{"constructor":{"prototype":{"polluted":true}}}',
  `${'['.repeat(2000)}${']'.repeat(2000)}`,
  JSON.stringify({ name: 'x'.repeat(100_000) }),
  '{"amountFen":"100"}',
  '{"amountFen":-5,"memberCode":""}',
  '{"code":["dev:x"]}',
  '{"code":""}',
  '{"nickname":"\\u202egnp.exe"}',
  '{"nickname":"\\ud800"}',
  '{"quantity":1.5,"itemId":""}',
  '{"points":0,"reason":""}',
  '{"date":"2026-02-30"}',
  '{"checkin":"yes"}',
  '{"add":"tag"}',
  '{"stockDelta":0}',
  '{"pickupCode":"12"}',
  '{"audience":"everyone"}',
  '{"earning":{"pointsPerYuan":1e308}}',
];

const BAD_CURSORS = ['e30', b64({ pk: 'MEMBER#x', sk: 'LEDGER#x' }), '%00', 'A'.repeat(2000), b64([1, 2])];
const BAD_QUERIES = [
  'limit=-1',
  'limit=abc',
  'limit=1e9',
  'date=2026-02-30',
  'from=2026-13-01&to=x',
  'status=bogus',
  'type=earn,gift',
  'q=%E2%80%AE%00',
  'month=2026-13',
  `receiptNo=${'x'.repeat(200)}`,
  'report=nope',
  'category=%00',
];
const BAD_PARAMS = ['..', '%2e%2e', 'x'.repeat(300), '%00', '%F0%9F%98%80', "'%3B DROP", '01ARZ3NDEKTSV4RRFFQ69G5FAV'];
const BAD_HEADERS: Record<string, string>[] = [
  { 'X-Clock': 'yesterday' },
  { 'X-Clock': '1970-01-01T00:00:00Z' },
  { 'X-Clock': '9999-12-31T23:59:59Z' },
  { 'X-Clock': '2026-02-30T00:00:00Z' },
  { 'Idempotency-Key': 'k'.repeat(300), 'X-Clock': 'soon' },
  { 'Idempotency-Key': '', 'X-Clock': '0000-00-00T00:00:00Z' },
  { Authorization: 'Bearer not.a.token' },
  { Authorization: `Bearer ${'a'.repeat(4000)}` },
  { Authorization: 'Basic YWRtaW46YWRtaW4=' },
  { 'X-Padding': 'x'.repeat(12_000) },
];

/**
 * The malformed requests of one route for one identity, picked from the pools above by a PRNG seeded with the run's
 * seed and the pair, so each pair gets its own mix. A change-making route gets only requests it must refuse (bad
 * JSON, a body it does not take, a bad cursor, a bad clock or key with no body); a read gets queries too.
 */
export function malformedRequests(seed: number, route: ServerlessRoute, identity: string): Malformed[] {
  const next = random(seed ^ hash(`${routeKey(route)}#${identity}`));
  const pick = <T>(pool: readonly T[]) => pool[Math.floor(next() * pool.length)]!;
  const requests: Malformed[] = [];
  const badCursor = () => ({
    name: 'a bad cursor',
    query: `cursor=${encodeURIComponent(pick(BAD_CURSORS))}&${pick(BAD_QUERIES)}`,
  });
  if (isMutating(route)) {
    for (let i = 0; i < 2; i++) requests.push({ name: `invalid JSON #${i}`, rawBody: pick(INVALID_JSON) });
    for (let i = 0; i < 3; i++) requests.push({ name: `wrong shape #${i}`, rawBody: pick(WRONG_SHAPES) });
    requests.push(badCursor());
  } else {
    // A read carries no body (fetch sends none with GET): its malformed parts are the query and the cursor.
    for (let i = 0; i < 2; i++) requests.push(badCursor());
    for (let i = 0; i < 4; i++) requests.push({ name: `a bad query #${i}`, query: pick(BAD_QUERIES) });
  }
  for (let i = 0; i < 2; i++) {
    const headers = pick(BAD_HEADERS);
    // A bad Authorization stands in for the identity's token; other headers come with it.
    requests.push({ name: `bad headers ${Object.keys(headers).join('+')}`, headers });
  }
  const names = [...route.path.matchAll(/\{([^}]+)\}/g)].map((match) => match[1]!);
  for (let i = 0; names.length > 0 && i < 2; i++)
    requests.push({
      name: `bad path #${i}`,
      params: Object.fromEntries(names.map((name) => [name, pick(BAD_PARAMS)])),
    });
  return requests;
}
