import {
  addMonthsToDate,
  businessDateOf,
  firstReviewDate,
  monthOf,
  qualifyingGrowth,
  rankOf,
  reviewLevel,
} from '@app/shared';
import type { AppDeps } from '../composition';
import { retrying, RETRY } from '../core/retry';
import { runPool } from './run-pool';

type Deps = Pick<AppDeps, 'members' | 'programAt' | 'pointsAccounts' | 'commit'>;

const LOOKBACK_MONTHS = 3;

/**
 * Monthly, on the 1st at 00:10 program time: reviews the members whose 12-month protection has ended. A level
 * still earned is renewed for 12 months; one no longer earned drops per the policy. Each member's review moves
 * their next review date in the same write, so re-runs and resumed runs review nobody twice.
 */
export async function reviewLevels(
  nowMs: number,
  deps: Deps,
): Promise<{ reviewed: number; dropped: number; renewed: number }> {
  const settings = await deps.programAt(nowMs);
  const zone = settings.timezone;
  const reviewDate = `${monthOf(nowMs, zone)}-01`;
  const due: string[] = [];
  for (let back = LOOKBACK_MONTHS; back >= 0; back--)
    due.push(...(await deps.members.dueForReview(addMonthsToDate(reviewDate, -back).slice(0, 7))));
  let dropped = 0;
  let renewed = 0;
  const reviewed = await runPool(due, 8, (memberId) =>
    retrying(async () => {
      const member = await deps.members.getById(memberId, true);
      if (!member?.reviewDue || member.reviewDue > reviewDate) return false;
      const at = new Date(nowMs).toISOString();
      const qualifying = qualifyingGrowth(member.growthByMonth, monthOf(nowMs, zone));
      const outcome = reviewLevel(
        settings,
        {
          levelCode: member.levelCode,
          heldSinceMs: Date.parse(member.levelHeldSince),
          qualifying,
          qualifyingTopupFen: qualifyingGrowth(member.topupsByMonth, monthOf(nowMs, zone)),
        },
        businessDateOf(nowMs, zone),
      );
      if (outcome.action === 'keep') {
        // Held less than 12 months after all (a date moved by a settings change) or a `never` policy: look again later.
        const protectedUntil = firstReviewDate(Date.parse(member.levelHeldSince), zone);
        const next =
          settings.levelPolicy === 'never'
            ? null
            : protectedUntil > reviewDate
              ? protectedUntil
              : addMonthsToDate(reviewDate, 1);
        const result = await deps.commit(deps.pointsAccounts.writes({ member, update: { reviewDue: next } }));
        return result.ok ? false : RETRY;
      }
      const to = outcome.action === 'drop' ? outcome.to : member.levelCode;
      const result = await deps.commit(
        deps.pointsAccounts.writes({
          member,
          update: {
            levelCode: to,
            levelHeldSince: at,
            lastUpgrade: null,
            reviewDue: rankOf(settings.levels, to) <= 0 ? null : firstReviewDate(nowMs, zone),
          },
          levelChange: {
            memberId,
            at,
            from: member.levelCode,
            to,
            reason: outcome.action === 'drop' ? 'review-drop' : 'review-renew',
          },
        }),
      );
      if (!result.ok) return RETRY;
      if (outcome.action === 'drop') dropped++;
      else renewed++;
      return true;
    }),
  );
  return { reviewed, dropped, renewed };
}
