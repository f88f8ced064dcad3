import { lazySchema } from '../lazy-schema';
import * as z from 'zod';
import { businessDate } from './common';

export const checkinResult = lazySchema(() =>
  z.object({
    date: z.string(),
    streak: z.number().int(),
    cycleDay: z.number().int(),
    points: z.number().int(),
    growth: z.number().int(),
    bonus: z.number().int(),
    /** Points of one-time tasks this check-in completed (e.g. 首次签到), and badges it earned. */
    taskPoints: z.number().int().optional(),
    badges: z.array(z.string()).optional(),
  }),
);
export type CheckinResult = z.infer<typeof checkinResult>;

export const makeupRequest = lazySchema(() => z.strictObject({ date: businessDate }));

export const calendarQuery = lazySchema(() =>
  z.object({
    month: z
      .string()
      .regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'expected YYYY-MM')
      .optional(),
  }),
);

export const calendarResponse = lazySchema(() =>
  z.object({
    month: z.string(),
    today: z.string(),
    days: z.array(z.string()),
    streak: z.number().int(),
    todayChecked: z.boolean(),
    makeupsLeft: z.number().int(),
    rules: z.object({
      basePoints: z.number().int(),
      cycleDays: z.number().int(),
      bonuses: z.array(z.object({ day: z.number().int(), points: z.number().int() })),
      makeupCost: z.number().int(),
    }),
    nextBonus: z.object({ inDays: z.number().int(), points: z.number().int() }).nullable(),
    reminder: z.boolean(),
  }),
);
export type CalendarResponse = z.infer<typeof calendarResponse>;

export const tasksResponse = lazySchema(() =>
  z.array(
    z.object({
      code: z.string(),
      title: z.string(),
      points: z.number().int(),
      growth: z.number().int(),
      status: z.enum(['todo', 'done']),
      doneAt: z.string().optional(),
    }),
  ),
);

export const badgesResponse = lazySchema(() =>
  z.array(
    z.object({
      code: z.string(),
      name: z.string(),
      description: z.string(),
      earnedAt: z.string().nullable(),
      progress: z.object({ current: z.number().int(), target: z.number().int() }).nullable(),
    }),
  ),
);

export const referralsResponse = lazySchema(() =>
  z.object({
    referralCode: z.string(),
    invited: z.number().int(),
    rewarded: z.number().int(),
    pointsEarned: z.number().int(),
    rules: z.object({
      referrerPoints: z.number().int(),
      secondLevelPoints: z.number().int(),
      maxRewardedPerYear: z.number().int(),
    }),
  }),
);

export const reminderRequest = lazySchema(() => z.strictObject({ checkin: z.boolean() }));

export const phoneRequest = lazySchema(() => z.strictObject({ code: z.string().min(1).max(256) }));
