import { addDaysToDate } from '@app/shared';
import { LOT_EXPIRY_SHARDS } from '../adapters/dynamodb';
import type { AppDeps } from '../composition';
import { openBook } from '../features/points/account-book';
import { newIdFactory } from '../core/ids';
import { retrying, RETRY } from '../core/retry';
import { runPool } from './run-pool';

type Deps = Pick<AppDeps, 'members' | 'programAt' | 'pointsAccounts' | 'commit'>;

/** How far back the daily job looks, so that a week of missed runs is caught up. */
const LOOKBACK_DAYS = 7;

/**
 * Daily: expires every lot whose time has come. Idempotent and resumable: a lot expires in the same
 * conditional write that empties it and drops it from the sparse index, so a second run (or a run after a
 * crash half-way) finds only what is still due.
 */
export async function expirePoints(
  nowMs: number,
  deps: Deps,
): Promise<{ members: number; lotsExpired: number; pointsExpired: number }> {
  const settings = await deps.programAt(nowMs);
  const today = new Date(nowMs).toISOString().slice(0, 10);
  const memberIds = new Set<string>();
  const partitions = Array.from({ length: LOOKBACK_DAYS + 1 }, (_, back) => addDaysToDate(today, -back)).flatMap(
    (date) => Array.from({ length: LOT_EXPIRY_SHARDS }, (_, shard) => ({ date, shard })),
  );
  await runPool(partitions, 8, async ({ date, shard }) => {
    for (const memberId of await deps.pointsAccounts.membersWithLotsExpiring(date, shard)) memberIds.add(memberId);
    return true;
  });
  let lotsExpired = 0;
  let pointsExpired = 0;
  const members = await runPool([...memberIds], 8, (memberId) =>
    retrying(async () => {
      const newId = newIdFactory();
      const member = await deps.members.getById(memberId, true);
      if (!member) return false;
      const book = openBook(member, settings, nowMs, { kind: 'system', id: 'expire-points' }, () =>
        newId(nowMs),
      ).expireDue();
      const posting = book.posting();
      if (posting.entries.length === 0) return false;
      const outcome = await deps.commit(deps.pointsAccounts.writes({ member, posting }));
      if (!outcome.ok) return RETRY;
      lotsExpired += posting.entries.length;
      pointsExpired -= posting.entries.reduce((sum, entry) => sum + entry.points, 0);
      return true;
    }),
  );
  return { members, lotsExpired, pointsExpired };
}
