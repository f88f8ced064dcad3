import { monthOf, zonedParts } from '@app/shared';
import { MEMBER_DIRECTORY_SHARDS } from '../adapters/dynamodb';
import type { AppDeps } from '../composition';
import { automaticCoupon } from '../features/coupons/issue';
import { issueOnce } from '../features/coupons/issue-once';

/**
 * Monthly level perks (银卡专享日: a snack coupon on the 8th): on the perk's day, every member at that level gets
 * its coupon once that month (the coupon id holds the month), however often the job runs.
 */
export async function levelPerks(nowMs: number, deps: AppDeps): Promise<Record<string, number>> {
  const settings = await deps.programAt(nowMs);
  const { day } = zonedParts(nowMs, settings.timezone);
  const month = monthOf(nowMs, settings.timezone);
  const perks = settings.automaticCoupons.levelPerks.filter((perk) => perk.dayOfMonth === day);
  let members = 0;
  let issued = 0;
  for (const perk of perks) {
    for (let shard = 0; shard < MEMBER_DIRECTORY_SHARDS; shard++) {
      let cursor = '';
      do {
        const page = await deps.coupons.directoryPage(shard, cursor, 200);
        const entitled = page.entries.filter((entry) => entry.levelCode === perk.levelCode);
        members += entitled.length;
        const coupons = [];
        for (const entry of entitled) {
          const coupon = await automaticCoupon(
            perk.templateId,
            { member: entry, couponId: `perk-${month}-${perk.templateId}`, source: 'level-perk', sourceId: month },
            settings,
            nowMs,
            deps,
          );
          if (coupon) coupons.push(coupon);
        }
        for (let i = 0; i < coupons.length; i += 50) issued += await issueOnce(coupons.slice(i, i + 50), deps);
        cursor = page.next ?? '';
      } while (cursor);
    }
  }
  return { perks: perks.length, members, issued };
}
