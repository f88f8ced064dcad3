/**
 * Key builders for the single table: generic pk/sk/gsi attributes holding `ENTITY#id` values.
 * The access patterns they serve are listed in infra/README.md; tests import these to find items.
 */
export const keys = {
  program: () => ({ pk: 'PROGRAM' }),
  programVersion: (effectiveAt: string, version: number) => ({
    pk: 'PROGRAM',
    sk: `VERSION#${effectiveAt}#${String(version).padStart(6, '0')}`,
  }),
  store: (storeId: string) => ({ pk: `STORE#${storeId}`, sk: 'META' }),
  storeIndex: (storeId: string) => ({ gsi1pk: 'STORES', gsi1sk: storeId }),
  identity: (openid: string) => ({ pk: `OPENID#${openid}`, sk: 'IDENTITY' }),
  accountIndex: (role: string, openid: string) => ({ gsi1pk: 'ACCOUNTS', gsi1sk: `${role}#${openid}` }),
  member: (memberId: string) => ({ pk: `MEMBER#${memberId}`, sk: 'PROFILE' }),
  memberByNoIndex: (memberNo: string) => ({ gsi1pk: `MEMBERNO#${memberNo}`, gsi1sk: 'MEMBER' }),
  memberNoMarker: (memberNo: string) => ({ pk: `MEMBERNO#${memberNo}`, sk: 'UNIQUE' }),
  referralCodeMarker: (code: string) => ({ pk: `REFCODE#${code}`, sk: 'UNIQUE' }),
  levelChange: (memberId: string, at: string, seq: string) => ({ pk: `MEMBER#${memberId}`, sk: `LEVEL#${at}#${seq}` }),
  idempotency: (scope: string) => ({ pk: `IDEMP#${scope}`, sk: 'IDEMP' }),
} as const;

export const GSI1 = 'gsi1';
export const GSI2 = 'gsi2';

/** DynamoDB TTL wants epoch seconds. */
export const ttlAfter = (nowMs: number, seconds: number) => Math.floor(nowMs / 1000) + seconds;
