import { businessDateOf, zonedParts } from '@app/shared';
import { MEMBER_DIRECTORY_SHARDS } from '../adapters/dynamodb';
import type { AppDeps } from '../composition';
import { automaticCoupon } from '../features/coupons/issue';
import { issueOnce } from '../features/coupons/issue-once';

/** Levels whose perks include the birthday gift (金卡 in the demo program). */
const BIRTHDAY_PERK = 'birthday-gift';

/**
 * On a member's birthday (program time; 29 Feb birthdays on 28 Feb in other years), members at a level with the
 * birthday perk get the program's birthday coupons, once a year: each coupon's id holds the year.
 */
export async function birthdayGifts(nowMs: number, deps: AppDeps): Promise<Record<string, number>> {
  const settings = await deps.programAt(nowMs);
  const templates = settings.automaticCoupons.birthday;
  const levels = new Set(
    settings.levels
      .filter((level) => level.perks.some((perk) => perk.code === BIRTHDAY_PERK))
      .map((level) => level.code),
  );
  if (templates.length === 0 || levels.size === 0) return { members: 0, issued: 0 };
  const today = businessDateOf(nowMs, settings.timezone);
  const { year } = zonedParts(nowMs, settings.timezone);
  const days = [today.slice(5)];
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  if (today.slice(5) === '02-28' && !leap) days.push('02-29');
  let members = 0;
  let issued = 0;
  for (let shard = 0; shard < MEMBER_DIRECTORY_SHARDS; shard++) {
    for (const day of days) {
      for (const entry of await deps.coupons.directoryBirthdays(shard, day)) {
        if (!levels.has(entry.levelCode)) continue;
        members++;
        const coupons = [];
        for (const templateId of templates) {
          const coupon = await automaticCoupon(
            templateId,
            { member: entry, couponId: `birthday-${year}-${templateId}`, source: 'birthday', sourceId: String(year) },
            settings,
            nowMs,
            deps,
          );
          if (coupon) coupons.push(coupon);
        }
        issued += await issueOnce(coupons, deps);
      }
    }
  }
  return { members, issued };
}
