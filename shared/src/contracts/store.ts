import { lazySchema } from '../lazy-schema';
import * as z from 'zod';
import { couponView } from './coupons';
import { orderView } from './mall';
import { paidPlanHeld, punchCardView } from './plans';

export const scanRequest = lazySchema(() => z.strictObject({ code: z.string().trim().min(1).max(256) }));
export type ScanRequest = z.infer<typeof scanRequest>;

export const scannedMember = lazySchema(() =>
  z.object({
    memberId: z.string(),
    memberNo: z.string(),
    nickname: z.string(),
    level: z.object({ code: z.string(), name: z.string() }),
    discountPercent: z.number().int(),
    points: z.number().int(),
    stamps: z.object({ count: z.number().int(), of: z.number().int() }),
  }),
);
export type ScannedMember = z.infer<typeof scannedMember>;

/** A member code shows the member with the coupons usable at this store now; a coupon code, the coupon and its member. */
export const scanResponse = lazySchema(() =>
  z.discriminatedUnion('kind', [
    z.object({
      kind: z.literal('member'),
      member: scannedMember,
      coupons: z.array(couponView),
      /** Holds the scan for 5 minutes at this store and staff account: send it instead of the 60-second code. */
      counterTicket: z.string().nullable().default(null),
      counterTicketExpiresAt: z.string().nullable().default(null),
      /** The member's paid membership while it runs (付费会员) and the punch cards usable now (次卡). */
      paidPlan: paidPlanHeld.nullable().default(null),
      punchCards: z.array(punchCardView).default([]),
    }),
    z.object({ kind: z.literal('coupon'), coupon: couponView, member: scannedMember }),
    z.object({ kind: z.literal('order'), order: orderView, member: scannedMember }),
  ]),
);
export type ScanResponse = z.infer<typeof scanResponse>;

/** A hand-out at the counter: the order as completed, and whose it was. */
export const fulfilOrderResponse = lazySchema(() => z.object({ order: orderView, member: scannedMember }));
export type FulfilOrderResponse = z.infer<typeof fulfilOrderResponse>;
