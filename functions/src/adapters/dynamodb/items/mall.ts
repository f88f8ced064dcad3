import { lazySchema } from '@app/shared';
import * as z from 'zod';
import { adminMallItemView } from '@app/shared';

/** Mall items and orders as stored. */

/** An item written before items could be hidden has no `hidden`: it is shown. */
export const mallItemRecord = lazySchema(() =>
  adminMallItemView.omit({ minLevelName: true }).extend({ createdBy: z.string(), hidden: z.boolean().default(false) }),
);
export type MallItemRecord = z.infer<typeof mallItemRecord>;

export const orderRecord = lazySchema(() =>
  z.object({
    orderId: z.string(),
    memberId: z.string(),
    memberNo: z.string(),
    nickname: z.string(),
    itemId: z.string(),
    itemName: z.string(),
    image: z.string().nullable(),
    kind: z.enum(['goods', 'coupon']),
    quantity: z.number().int(),
    points: z.number().int(),
    cashFen: z.number().int(),
    /** Whether the order took a unit of counted stock (so a cancellation puts it back). */
    stocked: z.boolean(),
    status: z.enum(['awaiting_pickup', 'completed', 'cancelled']),
    pickupCode: z.string().nullable(),
    pickupBy: z.string().nullable(),
    couponIds: z.array(z.string()),
    /** The lots the points came from (lotId → points): a cancellation puts them back there. */
    takes: z.record(z.string(), z.number().int()),
    createdAt: z.string(),
    fulfilledAt: z.string().nullable(),
    fulfilledStoreId: z.string().nullable(),
    fulfilledBy: z.string().nullable(),
    cancelledAt: z.string().nullable(),
    cancelReason: z.enum(['member', 'expired']).nullable(),
    pointsRestored: z.number().int(),
    pointsExpiredOnReturn: z.number().int(),
  }),
);
export type OrderRecord = z.infer<typeof orderRecord>;
