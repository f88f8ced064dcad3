import { lazySchema } from '@app/shared';
import * as z from 'zod';

/** Stored value as stored: wallet lots and entries (member partition), packages, top-ups and payment orders. */

const share = lazySchema(() => z.object({ principalFen: z.number().int(), bonusFen: z.number().int() }));
const actor = lazySchema(() =>
  z.object({
    kind: z.enum(['member', 'staff', 'marketer', 'system']),
    id: z.string(),
    storeId: z.string().optional(),
  }),
);

export const walletLotItem = lazySchema(() =>
  z.object({
    memberId: z.string(),
    lotId: z.string(),
    principalFen: z.number().int(),
    bonusFen: z.number().int(),
    initialPrincipalFen: z.number().int(),
    initialBonusFen: z.number().int(),
    at: z.string(),
    source: z.string(),
  }),
);
export type WalletLotRecord = z.infer<typeof walletLotItem>;

export const walletEntryItem = lazySchema(() =>
  z.object({
    memberId: z.string(),
    entryId: z.string(),
    type: z.enum(['topup', 'pay', 'refund', 'topup_refund']),
    principalFen: z.number().int(),
    bonusFen: z.number().int(),
    balanceAfterFen: z.number().int(),
    ref: z.object({ kind: z.string(), id: z.string() }),
    by: actor,
    at: z.string(),
    takes: z.record(z.string(), share).optional(),
    lotId: z.string().optional(),
  }),
);
export type WalletEntryRecord = z.infer<typeof walletEntryItem>;

export const walletPackageItem = lazySchema(() =>
  z.object({
    packageId: z.string(),
    title: z.string(),
    payFen: z.number().int(),
    bonusFen: z.number().int(),
    giftPoints: z.number().int(),
    giftTemplateIds: z.array(z.string()),
    active: z.boolean(),
    sort: z.number().int(),
    updatedAt: z.string(),
  }),
);
export type WalletPackageRecord = z.infer<typeof walletPackageItem>;

export const topupStatus = lazySchema(() => z.enum(['awaiting_payment', 'paid', 'closed', 'refunded']));

export const topupItem = lazySchema(() =>
  z.object({
    topupId: z.string(),
    memberId: z.string(),
    memberNo: z.string(),
    nickname: z.string(),
    channel: z.enum(['wechat', 'counter']),
    storeId: z.string().nullable(),
    receiptNo: z.string().nullable(),
    packageId: z.string().nullable(),
    title: z.string(),
    payFen: z.number().int(),
    bonusFen: z.number().int(),
    giftPoints: z.number().int(),
    giftTemplateIds: z.array(z.string()),
    status: topupStatus,
    lotId: z.string().nullable(),
    giftLotId: z.string().nullable(),
    giftCouponIds: z.array(z.string()),
    createdAt: z.string(),
    paidAt: z.string().nullable(),
    businessDate: z.string().nullable(),
    refund: z
      .object({
        principalFen: z.number().int(),
        forfeitedBonusFen: z.number().int(),
        reason: z.string(),
        at: z.string(),
      })
      .nullable(),
    by: z.string(),
  }),
);
export type TopupRecord = z.infer<typeof topupItem>;

/** One payment through WeChat Pay of something a member buys (top-up, plan, punch card): see features/payments. */
export const paymentOrderItem = lazySchema(() =>
  z.object({
    outTradeNo: z.string(),
    kind: z.string(),
    /** The bought thing's own id (a top-up id, a plan order id…). */
    subjectId: z.string(),
    memberId: z.string(),
    payerOpenid: z.string(),
    amountFen: z.number().int(),
    description: z.string(),
    status: z.enum(['awaiting_payment', 'paid', 'closed', 'refunded']),
    prepayId: z.string().nullable(),
    createdAt: z.string(),
    expiresAt: z.string(),
    paidAt: z.string().nullable(),
    transactionId: z.string().nullable(),
    closedAt: z.string().nullable(),
    refunds: z.array(
      z.object({
        outRefundNo: z.string(),
        refundFen: z.number().int(),
        /** `requested`, then WeChat Pay's word: SUCCESS, ABNORMAL (money not received; a person must act) or CLOSED. */
        status: z.string(),
        at: z.string(),
        settledAt: z.string().nullish(),
        receivedInto: z.string().nullish(),
      }),
    ),
  }),
);
export type PaymentOrderRecord = z.infer<typeof paymentOrderItem>;
