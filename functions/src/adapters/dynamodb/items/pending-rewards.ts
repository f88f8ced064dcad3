import { lazySchema } from '@app/shared';
import * as z from 'zod';

/**
 * A reward that waits for its purchase's refund window (待到账). The id is `<purchaseId>#<kind>` (a task's kind
 * names the task), so each reward of a purchase exists once; `entrySk` is the ledger entry that announced it.
 */
export const pendingRewardItem = lazySchema(() =>
  z.object({
    memberId: z.string(),
    rewardId: z.string(),
    purchaseId: z.string(),
    kind: z.enum(['purchase', 'task', 'referral', 'referral-second-level']),
    taskCode: z.string().nullable(),
    /** The ledger type, reason and reference the release credits under (those of the announcing entry). */
    entryType: z.enum(['earn', 'bonus']),
    reasonCode: z.string(),
    reason: z.string(),
    ref: z.object({ kind: z.string(), id: z.string() }).nullable(),
    points: z.number().int(),
    growth: z.number().int(),
    minPaidFen: z.number().int(),
    releasesAt: z.string(),
    status: z.enum(['pending', 'released', 'cancelled']),
    at: z.string(),
    entrySk: z.string(),
    /** Referral rewards: the year whose cap counter the reward took a place in (given back when cancelled). */
    capYear: z.number().int().nullable(),
    settledAt: z.string().nullable(),
    settledBy: z.string().nullable(),
  }),
);
export type PendingRewardRecord = z.infer<typeof pendingRewardItem>;
