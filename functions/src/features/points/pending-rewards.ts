import {
  minimumPaidFor,
  releaseTime,
  type AccountBook,
  type LedgerDraft,
  type LedgerRef,
  type PendingKind,
  type ProgramSettings,
} from '@app/shared';
import type { MemberRecord, PendingRewardRecord } from '../../adapters/dynamodb';
import type { AppDeps } from '../../composition';
import { describeError, logger } from '../../http/logger';
import { releaseReward } from './release-reward';

/** A reward a purchase caused, as its use case names it; it waits for its window (product.md "待到账"). */
export interface RewardToAnnounce {
  kind: PendingKind;
  taskCode?: string;
  points: number;
  /** Growth that waits with the points (a task's); a purchase's own growth counts at once and is not here. */
  growth: number;
  entryType: 'earn' | 'bonus';
  reasonCode: string;
  reason: string;
  ref: LedgerRef | null;
  capYear?: number;
  /** Growth recorded at once on the announcing entry (a purchase's own), in its month. */
  immediateGrowth?: { growth: number; month: string };
}

export interface Announced {
  record: Omit<PendingRewardRecord, 'entrySk'>;
  entry: LedgerDraft;
}

export const rewardId = (purchaseId: string, kind: PendingKind, taskCode?: string) =>
  `${purchaseId}#${kind === 'task' ? `task:${taskCode}` : kind}`;

/**
 * Records a reward of a purchase as pending in the member's book (an entry that moves nothing yet) and returns the
 * pending item to write with it. The member's `pendingPoints` move by `pendingDelta(announced)` in the same write.
 */
export function announceReward(
  book: AccountBook,
  member: Pick<MemberRecord, 'memberId'>,
  purchase: { purchaseId: string; atMs: number },
  reward: RewardToAnnounce,
  settings: ProgramSettings,
): Announced {
  const releasesAt = new Date(releaseTime(reward.kind, purchase.atMs, settings)).toISOString();
  const entry = book.announce(
    { points: reward.points, growth: reward.growth, releasesAt },
    {
      type: reward.entryType,
      reasonCode: reward.reasonCode,
      reason: reward.reason,
      ref: reward.ref,
      growth: reward.immediateGrowth?.growth ?? 0,
      growthMonth: reward.immediateGrowth?.month ?? null,
    },
  );
  return {
    entry,
    record: {
      memberId: member.memberId,
      rewardId: rewardId(purchase.purchaseId, reward.kind, reward.taskCode),
      purchaseId: purchase.purchaseId,
      kind: reward.kind,
      taskCode: reward.taskCode ?? null,
      entryType: reward.entryType,
      reasonCode: reward.reasonCode,
      reason: reward.reason,
      ref: reward.ref,
      points: reward.points,
      growth: reward.growth,
      minPaidFen: minimumPaidFor(reward.kind, settings),
      releasesAt,
      status: 'pending',
      at: entry.at,
      capYear: reward.capYear ?? null,
      settledAt: null,
      settledBy: null,
    },
  };
}

export const pendingDelta = (announced: readonly Announced[]) =>
  announced.reduce((sum, one) => sum + one.record.points, 0);

export const announcedWrites = (
  announced: readonly Announced[],
  memberVersion: number,
  deps: Pick<AppDeps, 'pendingRewards'>,
) => announced.map(({ record, entry }) => deps.pendingRewards.createWrite(record, entry, memberVersion));

type Purchase = { book: AccountBook; member: Pick<MemberRecord, 'memberId'>; purchaseId: string; atMs: number };

/**
 * A purchase's own points: a lot at once, or — when the program makes them wait (`earning.pendingDays`) — a
 * pending reward; their growth counts at once either way. Returns the lot, or what was announced.
 */
export function ownPoints(
  purchase: Purchase,
  own: { points: number; growth: number; growthMonth: string; reason: string; ref: LedgerRef },
  settings: ProgramSettings,
): { lotId: string | null; announced: Announced[] } {
  const earned = { type: 'earn' as const, reasonCode: 'purchase', reason: own.reason, ref: own.ref };
  if (settings.earning.pendingDays === 0 || own.points === 0)
    return {
      lotId: purchase.book.credit(own.points, { ...earned, growth: own.growth, growthMonth: own.growthMonth }),
      announced: [],
    };
  const reward: RewardToAnnounce = {
    kind: 'purchase',
    ...earned,
    entryType: 'earn',
    points: own.points,
    growth: 0,
    immediateGrowth: { growth: own.growth, month: own.growthMonth },
  };
  return { lotId: null, announced: [announceReward(purchase.book, purchase.member, purchase, reward, settings)] };
}

/** The tasks a purchase completed (首次消费): done at once, their rewards waiting for the refund window. */
export const announceTasks = (
  purchase: Purchase,
  tasks: readonly { code: string; title: string; points: number; growth: number }[],
  settings: ProgramSettings,
): Announced[] =>
  tasks.map((task) =>
    announceReward(
      purchase.book,
      purchase.member,
      purchase,
      {
        kind: 'task',
        taskCode: task.code,
        entryType: 'bonus',
        reasonCode: `task:${task.code}`,
        reason: `任务奖励：${task.title}`,
        ref: { kind: 'task', id: task.code },
        points: task.points,
        growth: task.growth,
      },
      settings,
    ),
  );

/**
 * Rewards announced already due (a window of 0 days) arrive at once; if that fails, the hourly job pays them.
 * True when it released (or tried to release) any: the member then differs from what the caller wrote.
 */
export async function releaseIfDue(
  announced: readonly { record: Pick<PendingRewardRecord, 'memberId' | 'rewardId' | 'releasesAt'> }[],
  nowMs: number,
  deps: Parameters<typeof releaseReward>[3],
): Promise<boolean> {
  let tried = false;
  for (const { record } of announced) {
    if (Date.parse(record.releasesAt) > nowMs) continue;
    tried = true;
    try {
      await releaseReward(record.memberId, record.rewardId, nowMs, deps);
    } catch (error) {
      logger.warn('due reward left for the job', { rewardId: record.rewardId, error: describeError(error) });
    }
  }
  return tried;
}
