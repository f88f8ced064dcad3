import { lazySchema } from '../lazy-schema';
import * as z from 'zod';
import { freeText } from './text';
import { isoTimestamp, openidSchema, storeIdSchema } from './common';

export const accountRole = lazySchema(() => z.enum(['staff', 'marketer']));

/** The person's name as colleagues call them (staff lists, the audit log and 人员销售排名 show it). */
export const accountNameSchema = lazySchema(() => freeText({ max: 20 }));

export const createAccountRequest = lazySchema(() =>
  z
    .strictObject({
      openid: openidSchema,
      storeId: storeIdSchema.optional(),
      role: accountRole,
      name: accountNameSchema.optional(),
    })
    .superRefine((body, ctx) => {
      if (body.role === 'staff' && !body.storeId) {
        ctx.addIssue({ code: 'custom', path: ['storeId'], message: 'staff must be bound to a store' });
      }
      if (body.role === 'marketer' && body.storeId) {
        ctx.addIssue({ code: 'custom', path: ['storeId'], message: 'marketers are not bound to a store' });
      }
    }),
);
export type CreateAccountRequest = z.infer<typeof createAccountRequest>;

export const accountResponse = lazySchema(() =>
  z.object({
    openid: z.string(),
    role: accountRole,
    /** The name the marketer gave; null for accounts made without one. */
    name: z.string().nullable(),
    /** What every page shows: the name, or the store's 店员 and a short number (never the openid). */
    displayName: z.string(),
    storeId: z.string().nullable(),
    createdAt: isoTimestamp,
    createdBy: z.string(),
    /** `disabled`: the account's tokens are refused from the moment it was disabled. */
    status: z.enum(['active', 'disabled']),
    disabledAt: isoTimestamp.nullable(),
  }),
);
export type AccountResponse = z.infer<typeof accountResponse>;

export const storeStatus = lazySchema(() => z.enum(['open', 'closed']));
export const storeResponse = lazySchema(() =>
  z.object({
    storeId: z.string(),
    name: z.string(),
    city: z.string(),
    /** A closed store's staff record no purchases (see docs/decisions.md: what a closed store refuses). */
    status: storeStatus,
  }),
);
export type StoreResponse = z.infer<typeof storeResponse>;

/** A new store: its id is printed on receipts and staff are bound to it, so it is chosen once and never changes. */
export const createStoreRequest = lazySchema(() =>
  z.strictObject({
    storeId: storeIdSchema,
    name: freeText({ max: 40 }),
    city: freeText({ max: 20 }),
  }),
);
export type CreateStoreRequest = z.infer<typeof createStoreRequest>;

export const storeParams = lazySchema(() => z.object({ storeId: storeIdSchema }));

/** A store renamed, moved to another city (its id stays: receipts and staff name it), closed or opened again. */
export const updateStoreRequest = lazySchema(() =>
  createStoreRequest
    .omit({ storeId: true })
    .extend({ status: storeStatus })
    .partial()
    .refine(
      (body) => body.name !== undefined || body.city !== undefined || body.status !== undefined,
      'name, city or status is required',
    ),
);
export type UpdateStoreRequest = z.infer<typeof updateStoreRequest>;

export const accountParams = lazySchema(() => z.object({ openid: openidSchema }));

/** A marketer disables a staff or marketer account (its tokens stop at once) or enables it again. */
export const updateAccountRequest = lazySchema(() => z.strictObject({ status: z.enum(['active', 'disabled']) }));
export type UpdateAccountRequest = z.infer<typeof updateAccountRequest>;
