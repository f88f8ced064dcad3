import { lazySchema } from '../lazy-schema';
import * as z from 'zod';
import { roleSchema } from './common';

export const referralCodeSchema = lazySchema(() =>
  z.string().regex(/^[A-HJ-NP-Z2-9]{6}$/, 'a 6-character referral code'),
);

export const authRequest = lazySchema(() =>
  z.strictObject({
    code: z.string().min(1).max(256),
    referralCode: z.string().max(32).optional(),
  }),
);
export type AuthRequest = z.infer<typeof authRequest>;

export const authResponse = lazySchema(() =>
  z.object({
    token: z.string(),
    expiresAt: z.string(),
    role: roleSchema,
    memberId: z.string().optional(),
    storeId: z.string().optional(),
    /** Staff: the name of their store, for the counter's header. */
    storeName: z.string().optional(),
  }),
);
export type AuthResponse = z.infer<typeof authResponse>;
