import {
  badgeCatalog,
  newlyEarnedBadges,
  rankOf,
  taskReward,
  type AccountBook,
  type BadgeCode,
  type BadgeFacts,
  type ProgramSettings,
  type TaskCode,
} from '@app/shared';
import type { MemberRecord } from '../../adapters/dynamodb';

/** What a member has done, as the badges count it, after a change described by `after`. */
export function badgeFacts(
  member: MemberRecord,
  settings: ProgramSettings,
  after: Partial<BadgeFacts> & { levelCode?: string } = {},
): BadgeFacts {
  return {
    checkins: after.checkins ?? member.checkinCount,
    bestStreak: after.bestStreak ?? member.bestStreak,
    levelRank: rankOf(settings.levels, after.levelCode ?? member.levelCode),
    purchases: after.purchases ?? member.purchaseCount,
    referralsRewarded: after.referralsRewarded ?? member.referralsRewarded,
    redemptions: after.redemptions ?? member.redemptions,
  };
}

/**
 * The one hook every member activity calls (purchase, check-in, profile, redemption, referral): pays the
 * one-time tasks the activity completes into the same book and awards the badges the new facts earn (a task's
 * coupon, if the program gives one, is written by `rewardCouponWrites` from `completedTasks`). Both are
 * recorded on the member item, whose versioned write makes each happen exactly once. A purchase's tasks are done
 * at once but their rewards wait for its refund window (`rewardsWait`): they come back in `waitingTasks`, unpaid,
 * for the purchase to announce (product.md "待到账"); their coupons are issued when they are released.
 */
export function applyEngagement(input: {
  member: MemberRecord;
  settings: ProgramSettings;
  book: AccountBook;
  nowMs: number;
  completes: readonly TaskCode[];
  facts: BadgeFacts;
  growthMonth: string;
  rewardsWait?: boolean;
}): {
  fields: { tasksDone: Record<string, string>; badges: Record<string, string> };
  newBadges: BadgeCode[];
  taskPoints: number;
  completedTasks: TaskCode[];
  waitingTasks: { code: TaskCode; title: string; points: number; growth: number }[];
} {
  const at = new Date(input.nowMs).toISOString();
  const tasksDone = { ...input.member.tasksDone };
  let taskPoints = 0;
  const completedTasks: TaskCode[] = [];
  const waitingTasks: { code: TaskCode; title: string; points: number; growth: number }[] = [];
  for (const code of input.completes) {
    const reward = taskReward(input.settings, code, tasksDone);
    if (!reward) continue;
    tasksDone[code] = at;
    if (input.rewardsWait) {
      waitingTasks.push(reward);
      continue;
    }
    completedTasks.push(code);
    taskPoints += reward.points;
    input.book.credit(reward.points, {
      type: 'bonus',
      reasonCode: `task:${code}`,
      reason: `任务奖励：${reward.title}`,
      ref: { kind: 'task', id: code },
      growth: reward.growth,
      growthMonth: input.growthMonth,
    });
  }
  const newBadges = newlyEarnedBadges(input.facts, input.member.badges);
  const badges = { ...input.member.badges };
  for (const code of newBadges) badges[code] = at;
  return { fields: { tasksDone, badges }, newBadges, taskPoints, completedTasks, waitingTasks };
}

export const badgeName = (code: BadgeCode) => badgeCatalog.find((badge) => badge.code === code)!.name;
