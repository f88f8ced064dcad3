import { lazySchema } from '../lazy-schema';
import * as z from 'zod';
import { MAX_AMOUNT_FEN, MAX_RECEIPT_NO_LENGTH } from './limits';
import { freeText } from './text';
import { cursorParam, listResponse } from './common';
import { memberAtCounterFields, oneMemberAtCounter } from './purchases';

/** Stored value (储值): api.md "Money". */

const fen = lazySchema(() => z.number().int());
const payFen = lazySchema(() => z.number().int().min(1).max(MAX_AMOUNT_FEN));

export const walletResponse = lazySchema(() =>
  z.object({
    balanceFen: fen,
    principalFen: fen,
    bonusFen: fen,
    lots: z.array(
      z.object({ lotId: z.string(), principalFen: fen, bonusFen: fen, at: z.string(), source: z.string() }),
    ),
  }),
);
export type WalletResponse = z.infer<typeof walletResponse>;

export const walletEntryView = lazySchema(() =>
  z.object({
    id: z.string(),
    type: z.enum(['topup', 'pay', 'refund', 'topup_refund']),
    principalFen: fen,
    bonusFen: fen,
    balanceAfterFen: fen,
    ref: z.object({ kind: z.string(), id: z.string() }),
    at: z.string(),
  }),
);
/** The wallet block of the marketer's member 360: the member's wallet and its latest movements. */
export const member360Wallet = lazySchema(() => walletResponse.extend({ entries: z.array(walletEntryView) }));

export const walletEntriesResponse = lazySchema(() =>
  z.object({ items: z.array(walletEntryView), nextCursor: z.string().nullable() }),
);
export type WalletEntryView = z.infer<typeof walletEntryView>;

export const walletPackageView = lazySchema(() =>
  z.object({
    packageId: z.string(),
    title: z.string(),
    payFen: fen,
    bonusFen: fen,
    giftPoints: z.number().int(),
    giftTemplateIds: z.array(z.string()),
  }),
);
export type WalletPackageView = z.infer<typeof walletPackageView>;

export const walletPackagesResponse = lazySchema(() =>
  z.object({
    items: z.array(walletPackageView),
    customMinFen: fen,
    customMaxFen: fen,
  }),
);
export type WalletPackagesResponse = z.infer<typeof walletPackagesResponse>;

export const topupRequest = lazySchema(() =>
  z.union([z.strictObject({ packageId: z.string().min(1).max(64) }), z.strictObject({ amountFen: payFen })]),
);
export type TopupRequest = z.infer<typeof topupRequest>;

export const requestPaymentArgs = lazySchema(() =>
  z.object({
    timeStamp: z.string(),
    nonceStr: z.string(),
    package: z.string(),
    signType: z.literal('RSA'),
    paySign: z.string(),
  }),
);

export const topupStatusValue = lazySchema(() => z.enum(['awaiting_payment', 'paid', 'closed', 'refunded']));

export const topupView = lazySchema(() =>
  z.object({
    topupId: z.string(),
    status: topupStatusValue,
    channel: z.enum(['wechat', 'counter']),
    title: z.string(),
    payFen: fen,
    bonusFen: fen,
    giftPoints: z.number().int(),
    createdAt: z.string(),
    paidAt: z.string().nullable(),
    balanceFen: fen.nullable(),
  }),
);
export type TopupView = z.infer<typeof topupView>;

export const topupCreatedResponse = lazySchema(() => topupView.extend({ payment: requestPaymentArgs }));
export type TopupCreatedResponse = z.infer<typeof topupCreatedResponse>;

const receiptNo = lazySchema(() =>
  z
    .string()
    .trim()
    .min(1)
    .max(MAX_RECEIPT_NO_LENGTH)
    .regex(/^[A-Za-z0-9_-]+$/, 'letters, digits, _ and - only'),
);

/** The member as at every counter action: the code as scanned or the scan's counter ticket, exactly one. */
export const storeTopupRequest = lazySchema(() =>
  z.union([
    z
      .strictObject({ ...memberAtCounterFields, receiptNo, packageId: z.string().min(1).max(64) })
      .superRefine(oneMemberAtCounter),
    z.strictObject({ ...memberAtCounterFields, receiptNo, amountFen: payFen }).superRefine(oneMemberAtCounter),
  ]),
);
export type StoreTopupRequest = z.infer<typeof storeTopupRequest>;

export const storeTopupResponse = lazySchema(() =>
  z.object({
    topupId: z.string(),
    memberId: z.string(),
    payFen: fen,
    bonusFen: fen,
    balanceFen: fen,
  }),
);
export type StoreTopupResponse = z.infer<typeof storeTopupResponse>;

export const walletPackageRequest = lazySchema(() =>
  z
    .strictObject({
      title: freeText({ max: 30 }),
      payFen,
      bonusFen: z.number().int().min(0).max(MAX_AMOUNT_FEN),
      giftPoints: z.number().int().min(0).max(100_000).default(0),
      giftTemplateIds: z.array(z.string().min(1).max(64)).max(3).default([]),
      active: z.boolean().default(true),
      sort: z.number().int().min(0).max(1000).default(0),
    })
    // A gift larger than the money paid is a typo, not a package (充¥30送¥300).
    .refine((pkg) => pkg.bonusFen <= pkg.payFen, { path: ['bonusFen'], message: 'the bonus is at most what is paid' }),
);
export type WalletPackageRequest = z.infer<typeof walletPackageRequest>;

export const adminWalletPackage = lazySchema(() =>
  walletPackageView.extend({ active: z.boolean(), sort: z.number().int() }),
);
export const adminWalletPackagesResponse = lazySchema(() => z.object({ items: z.array(adminWalletPackage) }));

export const adminTopupsQuery = lazySchema(() =>
  z.object({
    from: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
    to: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
    storeId: z.string().max(64).optional(),
    channel: z.enum(['wechat', 'counter']).optional(),
    format: z.enum(['json', 'csv']).optional(),
    /** The list is paged (newest first, sealed cursor); the CSV holds the whole range. */
    limit: z.coerce.number().int().min(1).max(100).default(30),
    cursor: cursorParam,
  }),
);

export const adminTopupView = lazySchema(() =>
  topupView.extend({
    memberId: z.string(),
    memberNo: z.string(),
    nickname: z.string(),
    storeId: z.string().nullable(),
    receiptNo: z.string().nullable(),
    refund: z.object({ principalFen: fen, forfeitedBonusFen: fen, reason: z.string(), at: z.string() }).nullable(),
    /** What the top-up's lot still holds: a refund now returns this principal and forfeits this bonus. */
    remaining: z.object({ principalFen: fen, bonusFen: fen }).nullable().default(null),
  }),
);
export const adminTopupsResponse = lazySchema(() => listResponse(adminTopupView));

export const topupRefundRequest = lazySchema(() => z.strictObject({ reason: freeText({ max: 80 }) }));
export const topupRefundResponse = adminTopupView;

const topupFigures = { count: fen, payFen: fen, bonusFen: fen, refunds: fen, refundFen: fen };

/**
 * The dashboard's stored value: the liability now (principal and bonus outstanding in every wallet) and the
 * top-ups of the range — in all, per business day, per store (online top-ups under `-`) and per channel.
 */
export const storedValueOverview = lazySchema(() =>
  z.object({
    principalFen: fen,
    bonusFen: fen,
    topups: z.object(topupFigures),
    daily: z.array(z.object({ date: z.string(), ...topupFigures })),
    stores: z.array(z.object({ storeId: z.string(), name: z.string(), ...topupFigures })),
    channels: z.array(z.object({ channel: z.enum(['wechat', 'counter']), ...topupFigures })),
  }),
);
export type StoredValueOverview = z.infer<typeof storedValueOverview>;
