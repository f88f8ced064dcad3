import { lazySchema } from '@app/shared';
import * as z from 'zod';
import { storedProgramSettings } from '@app/shared';

/** Identities, staff and marketer accounts, stores, program versions, the audit log and idempotency records. */

export const auditItem = lazySchema(() =>
  z.object({
    auditId: z.string(),
    at: z.string(),
    actor: z.string(),
    action: z.string(),
    target: z.object({ kind: z.string(), id: z.string() }),
    before: z.unknown().optional(),
    after: z.unknown().optional(),
  }),
);
export type AuditRecord = z.infer<typeof auditItem>;

/** A disabled account keeps its item (its history names it); `disabledAt` set refuses its tokens at once. */
const accountState = { disabledAt: z.string().nullable().optional(), disabledBy: z.string().nullable().optional() };
/** The person's name; accounts made before names existed have none (the console shows a fallback). */
const personName = { name: z.string().optional() };

export const identityItem = lazySchema(() =>
  z.discriminatedUnion('role', [
    z.object({ role: z.literal('member'), openid: z.string(), memberId: z.string() }),
    z.object({
      role: z.literal('staff'),
      openid: z.string(),
      storeId: z.string(),
      createdAt: z.string(),
      createdBy: z.string(),
      ...personName,
      ...accountState,
    }),
    z.object({
      role: z.literal('marketer'),
      openid: z.string(),
      createdAt: z.string(),
      createdBy: z.string(),
      ...personName,
      ...accountState,
    }),
  ]),
);
export type IdentityRecord = z.infer<typeof identityItem>;
export type AccountRecord = Exclude<IdentityRecord, { role: 'member' }>;

/** A store without `status` (written before stores could close) is open. */
export const storeItem = lazySchema(() =>
  z.object({
    storeId: z.string(),
    name: z.string(),
    city: z.string(),
    status: z.enum(['open', 'closed']).optional(),
  }),
);
export type StoreRecord = z.infer<typeof storeItem>;

export const programVersionItem = lazySchema(() =>
  z.object({
    version: z.number().int(),
    effectiveAt: z.string(),
    settings: storedProgramSettings,
    createdBy: z.string(),
  }),
);
export type ProgramVersionRecord = z.infer<typeof programVersionItem>;

export const idempotencyItem = lazySchema(() =>
  z.object({
    requestHash: z.string(),
    state: z.enum(['pending', 'done']),
    leaseUntil: z.number(),
    expiresAt: z.number(),
    response: z.object({ statusCode: z.number().int(), body: z.string() }).optional(),
  }),
);
export type IdempotencyRecord = z.infer<typeof idempotencyItem>;
