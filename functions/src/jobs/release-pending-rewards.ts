import type { AppDeps } from '../composition';
import { releaseReward } from '../features/points/release-reward';
import { describeError, logger } from '../http/logger';
import { runPool } from './run-pool';

const PAGE = 100;

/**
 * Releases the pending rewards (待到账) whose time has come, shard by shard, a page at a time. Idempotent and
 * resumable: a released reward leaves the due index in its own write, so a second run (or the run after a crash
 * half-way) finds only what is still owed, and a reward is never paid twice. A reward that cannot be released now
 * is logged and left for the next run (hourly).
 */
export async function releasePendingRewards(nowMs: number, deps: AppDeps): Promise<Record<string, number>> {
  const nowIso = new Date(nowMs).toISOString();
  let due = 0;
  let failed = 0;
  let released = 0;
  for (let shard = 0; shard < deps.pendingRewards.shards; shard++) {
    let startKey: Record<string, unknown> | undefined;
    do {
      const page = await deps.pendingRewards.due(shard, nowIso, PAGE, startKey);
      due += page.items.length;
      released += await runPool(page.items, 4, async ({ memberId, rewardId }) => {
        try {
          return (await releaseReward(memberId, rewardId, nowMs, deps)) === 'released';
        } catch (error) {
          failed++;
          logger.error('pending reward not released', { memberId, rewardId, error: describeError(error) });
          return false;
        }
      });
      startKey = page.next;
    } while (startKey);
  }
  return { due, released, failed };
}
