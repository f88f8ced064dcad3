import { lazySchema } from '../lazy-schema';
import * as z from 'zod';
import { freeText } from './text';
import { businessDate, isoTimestamp } from './common';

export const levelSummary = lazySchema(() =>
  z.object({
    code: z.string(),
    name: z.string(),
    heldSince: z.string(),
    validUntil: z.string().nullable(),
  }),
);

export const rightSchema = lazySchema(() => z.object({ code: z.string(), title: z.string(), description: z.string() }));
export type Right = z.infer<typeof rightSchema>;

export const meResponse = lazySchema(() =>
  z.object({
    memberId: z.string(),
    memberNo: z.string(),
    nickname: z.string(),
    avatarUrl: z.string().nullable(),
    birthday: z.string().nullable(),
    phoneMasked: z.string().nullable(),
    joinedAt: z.string(),
    referralCode: z.string(),
    level: levelSummary,
    nextLevel: z.object({ code: z.string(), name: z.string(), growthNeeded: z.number().int() }).nullable(),
    growth: z.object({ qualifying: z.number().int(), lifetime: z.number().int() }),
    points: z.object({
      balance: z.number().int(),
      debt: z.number().int(),
      /** Points on their way (待到账): not spendable, not in the balance. */
      pending: z.number().int(),
      expiring: z.object({ points: z.number().int(), at: z.string() }).nullable(),
    }),
    rights: z.array(rightSchema),
    stamps: z.object({ count: z.number().int(), of: z.number().int() }),
  }),
);
export type MeResponse = z.infer<typeof meResponse>;

const nickname = lazySchema(() => freeText({ max: 20 }));

export const patchMeRequest = lazySchema(() =>
  z
    .strictObject({
      nickname: nickname.optional(),
      avatarUrl: z
        .url({ protocol: /^https?$/ })
        .max(512)
        .optional(),
      birthday: businessDate.optional(),
    })
    .refine((body) => Object.keys(body).length > 0, 'nothing to change'),
);
export type PatchMeRequest = z.infer<typeof patchMeRequest>;

export const memberCodeResponse = lazySchema(() =>
  z.object({
    code: z.string(),
    expiresAt: isoTimestamp,
    refreshAfter: isoTimestamp,
  }),
);
export type MemberCodeResponse = z.infer<typeof memberCodeResponse>;
