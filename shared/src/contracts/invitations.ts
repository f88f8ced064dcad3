import { lazySchema } from '../lazy-schema';
import * as z from 'zod';
import { accountNameSchema } from './admin';
import { isoTimestamp, storeIdSchema } from './common';

/** A one-time code a new employee opens in the mini-program: 12 characters without 0/O/1/I, printed as a QR. */
export const invitationCodeSchema = lazySchema(() => z.string().regex(/^[A-HJ-NP-Z2-9]{12}$/, 'an invitation code'));

/** The new employee's store and name (the account they make by accepting carries it). */
export const createInvitationRequest = lazySchema(() =>
  z.strictObject({ storeId: storeIdSchema, name: accountNameSchema.optional() }),
);
export type CreateInvitationRequest = z.infer<typeof createInvitationRequest>;

export const invitationResponse = lazySchema(() =>
  z.object({
    invitation: z.string(),
    role: z.literal('staff'),
    storeId: z.string(),
    storeName: z.string(),
    name: z.string().nullable(),
    createdAt: isoTimestamp,
    createdBy: z.string(),
    /** 24 hours after it was made. */
    expiresAt: isoTimestamp,
    /** The mini-program page the QR opens (with the code). */
    path: z.string(),
  }),
);
export type InvitationResponse = z.infer<typeof invitationResponse>;

/** The new employee's WeChat login code (as for POST /v1/auth/wechat) and the invitation they opened. */
export const acceptInvitationRequest = lazySchema(() =>
  z.strictObject({
    code: z.string().min(1).max(256),
    invitation: invitationCodeSchema,
  }),
);
export type AcceptInvitationRequest = z.infer<typeof acceptInvitationRequest>;
