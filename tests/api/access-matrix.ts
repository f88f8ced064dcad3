/**
 * Who may call what: one row per endpoint, one expected status per caller. Later issues add their rows;
 * access-matrix.test.ts runs every row for every caller.
 */
export type Caller = 'anonymous' | 'member' | 'otherMember' | 'staff' | 'marketer';

export interface AccessRow {
  method: string;
  path: string;
  /** Built per caller, so that creating things never collides. */
  body?: (context: { memberCode: string; unique: string }) => unknown;
  expect: Record<Caller, number>;
}

const memberOnly = { anonymous: 401, member: 200, otherMember: 200, staff: 403, marketer: 403 };
const staffOnly = { anonymous: 401, member: 403, otherMember: 403, staff: 200, marketer: 403 };
const marketerOnly = { anonymous: 401, member: 403, otherMember: 403, staff: 403, marketer: 200 };

export const accessMatrix: AccessRow[] = [
  { method: 'GET', path: '/v1/health', expect: { anonymous: 200, member: 200, otherMember: 200, staff: 200, marketer: 200 } },
  { method: 'GET', path: '/v1/me', expect: memberOnly },
  { method: 'PATCH', path: '/v1/me', body: () => ({ nickname: '测试昵称' }), expect: memberOnly },
  { method: 'GET', path: '/v1/me/code', expect: memberOnly },
  { method: 'POST', path: '/v1/store/scan', body: ({ memberCode }) => ({ code: memberCode }), expect: staffOnly },
  { method: 'GET', path: '/v1/admin/staff', expect: marketerOnly },
  { method: 'GET', path: '/v1/admin/stores', expect: marketerOnly },
  {
    method: 'POST',
    path: '/v1/admin/staff',
    body: ({ unique }) => ({ openid: `matrix-${unique}`, storeId: 'S003', role: 'staff' }),
    expect: { ...marketerOnly, marketer: 201 },
  },
];
