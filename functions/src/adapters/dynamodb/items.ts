import * as z from 'zod';
import { programSettings } from '@app/shared';

/** Items as read back from the table, checked with zod so a malformed item fails loudly, not silently. */
export const memberItem = z.object({
  memberId: z.string(),
  memberNo: z.string(),
  openid: z.string(),
  nickname: z.string(),
  avatarUrl: z.string().nullable(),
  birthday: z.string().nullable(),
  phone: z.string().nullable(),
  joinedAt: z.string(),
  referralCode: z.string(),
  referrerId: z.string().nullable(),
  homeStoreId: z.string().nullable(),
  levelCode: z.string(),
  levelHeldSince: z.string(),
  growthLifetime: z.number().int(),
  /** Growth per program-time month `YYYY-MM`: the buckets behind qualifying growth. */
  growthByMonth: z.record(z.string(), z.number().int()),
  pointsBalance: z.number().int(),
  pointsDebt: z.number().int(),
  stamps: z.number().int(),
  version: z.number().int(),
});
export type MemberRecord = z.infer<typeof memberItem>;

export const identityItem = z.discriminatedUnion('role', [
  z.object({ role: z.literal('member'), openid: z.string(), memberId: z.string() }),
  z.object({
    role: z.literal('staff'),
    openid: z.string(),
    storeId: z.string(),
    createdAt: z.string(),
    createdBy: z.string(),
  }),
  z.object({ role: z.literal('marketer'), openid: z.string(), createdAt: z.string(), createdBy: z.string() }),
]);
export type IdentityRecord = z.infer<typeof identityItem>;
export type AccountRecord = Exclude<IdentityRecord, { role: 'member' }>;

export const storeItem = z.object({ storeId: z.string(), name: z.string(), city: z.string() });
export type StoreRecord = z.infer<typeof storeItem>;

export const programVersionItem = z.object({
  version: z.number().int(),
  effectiveAt: z.string(),
  settings: programSettings,
  createdBy: z.string(),
});
export type ProgramVersionRecord = z.infer<typeof programVersionItem>;

export const levelChangeItem = z.object({
  memberId: z.string(),
  at: z.string(),
  from: z.string().nullable(),
  to: z.string(),
  reason: z.string(),
});
export type LevelChangeRecord = z.infer<typeof levelChangeItem>;

export const idempotencyItem = z.object({
  requestHash: z.string(),
  state: z.enum(['pending', 'done']),
  leaseUntil: z.number(),
  expiresAt: z.number(),
  response: z.object({ statusCode: z.number().int(), body: z.string() }).optional(),
});
export type IdempotencyRecord = z.infer<typeof idempotencyItem>;

/** Strips the key attributes before parsing an item with its schema. */
export function parseItem<T>(schema: z.ZodType<T>, item: Record<string, unknown> | undefined): T | undefined {
  if (!item) return undefined;
  return schema.parse(item);
}
