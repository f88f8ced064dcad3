import * as z from 'zod';
import { freeText } from './text';
import { isoTimestamp, openidSchema, storeIdSchema } from './common';

export const accountRole = z.enum(['staff', 'marketer']);

export const createAccountRequest = z
  .strictObject({ openid: openidSchema, storeId: storeIdSchema.optional(), role: accountRole })
  .superRefine((body, ctx) => {
    if (body.role === 'staff' && !body.storeId) {
      ctx.addIssue({ code: 'custom', path: ['storeId'], message: 'staff must be bound to a store' });
    }
    if (body.role === 'marketer' && body.storeId) {
      ctx.addIssue({ code: 'custom', path: ['storeId'], message: 'marketers are not bound to a store' });
    }
  });
export type CreateAccountRequest = z.infer<typeof createAccountRequest>;

export const accountResponse = z.object({
  openid: z.string(),
  role: accountRole,
  storeId: z.string().nullable(),
  createdAt: isoTimestamp,
  createdBy: z.string(),
});
export type AccountResponse = z.infer<typeof accountResponse>;

export const storeResponse = z.object({ storeId: z.string(), name: z.string(), city: z.string() });
export type StoreResponse = z.infer<typeof storeResponse>;

/** A new store: its id is printed on receipts and staff are bound to it, so it is chosen once and never changes. */
export const createStoreRequest = z.strictObject({
  storeId: storeIdSchema,
  name: freeText({ max: 40 }),
  city: freeText({ max: 20 }),
});
export type CreateStoreRequest = z.infer<typeof createStoreRequest>;

export const storeParams = z.object({ storeId: storeIdSchema });

/** A store renamed or moved to another city (its id stays: receipts and staff name it). */
export const updateStoreRequest = createStoreRequest
  .omit({ storeId: true })
  .partial()
  .refine((body) => body.name !== undefined || body.city !== undefined, 'name or city is required');
export type UpdateStoreRequest = z.infer<typeof updateStoreRequest>;
