import { addDaysToDate, businessDateOf, notice } from '@app/shared';
import { EXPIRY_NOTICE_WRITTEN, LOT_EXPIRY_SHARDS } from '../adapters/dynamodb';
import type { AppDeps } from '../composition';
import { runPool } from './run-pool';

type Deps = Pick<AppDeps, 'programAt' | 'notifications' | 'engagement' | 'commit'>;

/** 积分即将过期 goes out this long before the points expire (product.md "Notifications"). */
export const EXPIRY_NOTICE_DAYS = 30;
const DAY_MS = 86_400_000;

/**
 * Daily: one 积分即将过期 per member and expiry date, for points that expire within the next 30 days. The message
 * and a marker (`EXPNOTICE#<date>` on the member) are written in one transaction conditional on the marker, so a
 * second run, a run after a crash half-way, or the next day's run finds the notice written and adds nothing;
 * a missed day is caught up because the whole window is looked at each time.
 */
export async function expiryNotices(
  nowMs: number,
  deps: Deps,
): Promise<{ written: number; alreadyWritten: number; conflicts: number }> {
  const settings = await deps.programAt(nowMs);
  const horizonMs = nowMs + EXPIRY_NOTICE_DAYS * DAY_MS;
  const firstUtcDate = new Date(nowMs).toISOString().slice(0, 10);
  const partitions = Array.from({ length: EXPIRY_NOTICE_DAYS + 2 }, (_, day) =>
    addDaysToDate(firstUtcDate, day),
  ).flatMap((date) => Array.from({ length: LOT_EXPIRY_SHARDS }, (_, shard) => ({ date, shard })));
  const due = new Map<string, { memberId: string; expiryDate: string; points: number }>();
  await runPool(partitions, 8, async ({ date, shard }) => {
    for (const lot of await deps.notifications.lotsExpiring(date, shard)) {
      const expiresAtMs = Date.parse(lot.expiresAt);
      if (lot.remaining <= 0 || expiresAtMs <= nowMs || expiresAtMs > horizonMs) continue;
      // Points that expire at 00:00 can be used through the day before: that is the date the member reads.
      const expiryDate = businessDateOf(expiresAtMs - 1, settings.timezone);
      const key = `${lot.memberId}#${expiryDate}`;
      const entry = due.get(key) ?? { memberId: lot.memberId, expiryDate, points: 0 };
      entry.points += lot.remaining;
      due.set(key, entry);
    }
    return true;
  });
  let alreadyWritten = 0;
  let conflicts = 0;
  const at = new Date(nowMs).toISOString();
  const written = await runPool([...due.values()], 8, async ({ memberId, expiryDate, points }) => {
    const outcome = await deps.commit([
      deps.notifications.expiryNoticeWrite(memberId, expiryDate, points, at),
      deps.engagement.outboxWrite(
        ...notice('points-expiring', {
          memberId,
          occasion: expiryDate,
          nowMs,
          timeZone: settings.timezone,
          values: { points: String(points), expiryDate },
        }),
      ),
    ]);
    if (outcome.ok) return true;
    if ('failed' in outcome && outcome.failed.includes(EXPIRY_NOTICE_WRITTEN)) alreadyWritten++;
    else conflicts++;
    return false;
  });
  return { written, alreadyWritten, conflicts };
}
