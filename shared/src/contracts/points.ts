import { lazySchema } from '../lazy-schema';
import * as z from 'zod';
import { MAX_POINTS_ADJUSTMENT } from './limits';
import { freeText } from './text';
import { cursorParam, isoTimestamp } from './common';

export const ledgerTypeSchema = lazySchema(() =>
  z.enum(['earn', 'spend', 'refund', 'reverse', 'expire', 'adjust', 'bonus']),
);

export const ledgerRefSchema = lazySchema(() => z.object({ kind: z.string(), id: z.string() }).nullable());

export const ledgerEntryView = lazySchema(() =>
  z.object({
    id: z.string(),
    type: ledgerTypeSchema,
    points: z.number().int(),
    growth: z.number().int(),
    balanceAfter: z.number().int(),
    reason: z.string(),
    reasonCode: z.string(),
    ref: ledgerRefSchema,
    at: z.string(),
    expiresAt: z.string().nullable().optional(),
    /** Rewards that wait for the refund window (待到账): their state and when they arrive (points: what they pay). */
    status: z.enum(['pending', 'released', 'cancelled']).optional(),
    releasesAt: z.string().optional(),
  }),
);
export type LedgerEntryView = z.infer<typeof ledgerEntryView>;

export const pointsHistoryQuery = lazySchema(() =>
  z.object({
    limit: z.coerce.number().int().min(1).max(100).default(20),
    cursor: cursorParam,
    /** Comma-separated ledger types, e.g. `earn,bonus`. */
    type: z
      .string()
      .optional()
      .transform((value) => (value ? value.split(',').map((part) => part.trim()) : undefined))
      .pipe(z.array(ledgerTypeSchema).optional()),
  }),
);

export const pointsHistoryResponse = lazySchema(() =>
  z.object({ items: z.array(ledgerEntryView), nextCursor: z.string().nullable() }),
);

export const lotView = lazySchema(() =>
  z.object({
    lotId: z.string(),
    earnedAt: z.string(),
    expiresAt: z.string().nullable(),
    remaining: z.number().int(),
    source: z.string(),
  }),
);
export const lotsResponse = lazySchema(() => z.object({ items: z.array(lotView) }));

export const levelHistoryResponse = lazySchema(() =>
  z.object({
    level: z.object({ code: z.string(), name: z.string(), heldSince: z.string(), validUntil: z.string().nullable() }),
    qualifying: z.number().int(),
    history: z.array(
      z.object({
        at: z.string(),
        from: z.string().nullable(),
        to: z.string(),
        reason: z.string(),
        /** The levels' names as the program calls them now (the code, for a level it no longer has). */
        fromName: z.string().nullable(),
        toName: z.string(),
      }),
    ),
    buckets: z.array(z.object({ month: z.string(), growth: z.number().int(), qualifying: z.boolean() })),
  }),
);

export const pointsAdjustmentRequest = lazySchema(() =>
  z.strictObject({
    points: z
      .number()
      .int()
      .min(-MAX_POINTS_ADJUSTMENT)
      .max(MAX_POINTS_ADJUSTMENT)
      .refine((points) => points !== 0, 'points must not be 0'),
    reason: freeText({ max: 200, min: 2 }),
  }),
);

export const pointsAdjustmentResponse = lazySchema(() =>
  z.object({
    entryId: z.string(),
    memberId: z.string(),
    points: z.number().int(),
    balance: z.number().int(),
    debt: z.number().int(),
  }),
);

const hour = lazySchema(() => z.number().int().min(0).max(24));
export const promotionRequest = lazySchema(() =>
  z
    .strictObject({
      name: freeText({ max: 40 }),
      multiplier: z.number().gt(1).max(10).optional(),
      skuBonus: z.record(freeText({ max: 40 }), z.number().int().min(1).max(10_000)).optional(),
      startsAt: isoTimestamp,
      endsAt: isoTimestamp,
      weekdays: z.array(z.number().int().min(1).max(7)).min(1).max(7).optional(),
      hours: z.tuple([hour, hour]).optional(),
      storeIds: z.array(z.string().min(1)).min(1).optional(),
      levels: z.array(z.string().min(1)).min(1).optional(),
    })
    .superRefine((body, ctx) => {
      if (Date.parse(body.endsAt) <= Date.parse(body.startsAt))
        ctx.addIssue({ code: 'custom', path: ['endsAt'], message: 'endsAt must be after startsAt' });
      if (body.multiplier === undefined && (!body.skuBonus || Object.keys(body.skuBonus).length === 0)) {
        ctx.addIssue({
          code: 'custom',
          path: ['multiplier'],
          message: 'a promotion needs a multiplier or SKU bonuses',
        });
      }
      if (body.hours && body.hours[0] >= body.hours[1])
        ctx.addIssue({ code: 'custom', path: ['hours'], message: 'hours are [from, to) with from < to' });
    }),
);
export type PromotionRequest = z.infer<typeof promotionRequest>;

export const promotionView = lazySchema(() =>
  z.object({
    promotionId: z.string(),
    name: z.string(),
    multiplier: z.number().nullable(),
    skuBonus: z.record(z.string(), z.number()).nullable(),
    startsAt: z.string(),
    endsAt: z.string(),
    weekdays: z.array(z.number()).nullable(),
    hours: z.tuple([z.number(), z.number()]).nullable(),
    storeIds: z.array(z.string()).nullable(),
    levels: z.array(z.string()).nullable(),
    createdAt: z.string(),
    createdBy: z.string(),
    /** Set when a marketer ended it before its planned end (`endsAt` is then that moment). */
    endedEarlyAt: z.string().nullable().optional(),
    endedEarlyBy: z.string().nullable().optional(),
  }),
);

export type PromotionView = z.infer<typeof promotionView>;

export const promotionParams = lazySchema(() => z.object({ promotionId: z.string().min(1).max(64) }));
