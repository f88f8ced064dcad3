import type { LevelSettings, ProgramSettings } from '../../program/settings';
import { addMonthsToDate, businessDateOf, zonedParts } from '../time/program-time';
import { levelByCode, levelForGrowth, levelForTopups, rankOf } from './levels.rules';

const UPGRADE_REVERT_WINDOW_MS = 30 * 86_400_000;

/** A higher level that the qualifying growth now reaches (levels may be skipped), or null. */
export function upgradeTarget(
  levels: readonly LevelSettings[],
  currentCode: string,
  qualifying: number,
): LevelSettings | null {
  const reached = levelForGrowth(levels, qualifying);
  return rankOf(levels, reached.code) > rankOf(levels, currentCode) ? reached : null;
}

/** The upgrade gift is given once per level per (program-time) year. */
export function giftDue(
  giftsGiven: Readonly<Record<string, number>>,
  levelCode: string,
  nowMs: number,
  timeZone: string,
): boolean {
  return giftsGiven[levelCode] !== zonedParts(nowMs, timeZone).year;
}

export interface LastUpgrade {
  from: string;
  to: string;
  at: string;
  /** When the level before the upgrade was reached: restored if the upgrade is reverted. */
  previousHeldSince: string;
  giftPoints: number;
  giftLotId: string | null;
  giftYear: number | null;
  entitlementId: string | null;
}

/**
 * A refund that takes qualifying growth back below the threshold of a level reached within the last 30 days
 * reverts that upgrade: the member returns to the level the remaining growth supports (never below the level
 * held before the upgrade), and the gift goes back.
 */
export function upgradeToRevert(
  levels: readonly LevelSettings[],
  lastUpgrade: LastUpgrade | null,
  currentCode: string,
  qualifyingAfterRefund: number,
  nowMs: number,
): { to: string } | null {
  if (!lastUpgrade || lastUpgrade.to !== currentCode) return null;
  if (nowMs - Date.parse(lastUpgrade.at) > UPGRADE_REVERT_WINDOW_MS) return null;
  if (qualifyingAfterRefund >= levelByCode(levels, currentCode).threshold) return null;
  const supported = levelForGrowth(levels, qualifyingAfterRefund);
  const floor = rankOf(levels, lastUpgrade.from);
  return { to: rankOf(levels, supported.code) >= floor ? supported.code : lastUpgrade.from };
}

/**
 * The first monthly review (the 1st of a month, program time) at which a level reached on `heldSince` has been
 * held 12 months: the date its protection ends, rounded up to a 1st.
 */
export function firstReviewDate(heldSinceMs: number, timeZone: string): string {
  const protectedUntil = addMonthsToDate(businessDateOf(heldSinceMs, timeZone), 12);
  return protectedUntil.endsWith('-01') ? protectedUntil : `${addMonthsToDate(`${protectedUntil.slice(0, 7)}-01`, 1)}`;
}

export type ReviewOutcome = { action: 'keep' } | { action: 'renew' } | { action: 'drop'; to: string };

/**
 * The monthly review of one member on `reviewDate` (YYYY-MM-DD, a 1st): a level held at least 12 months whose
 * threshold the qualifying growth no longer reaches drops per the policy; one still earned is renewed for
 * another 12 months; anything else is kept. The first level never drops.
 */
export function reviewLevel(
  settings: Pick<ProgramSettings, 'levels' | 'levelPolicy' | 'timezone'>,
  member: { levelCode: string; heldSinceMs: number; qualifying: number; qualifyingTopupFen?: number },
  reviewDate: string,
): ReviewOutcome {
  const rank = rankOf(settings.levels, member.levelCode);
  if (rank <= 0) return { action: 'keep' };
  if (reviewDate < firstReviewDate(member.heldSinceMs, settings.timezone)) return { action: 'keep' };
  const level = settings.levels[rank]!;
  // 储值会员: whichever path (growth or rolling top-up principal) qualifies more keeps the level.
  const topups = member.qualifyingTopupFen ?? 0;
  if (member.qualifying >= level.threshold) return { action: 'renew' };
  if (level.topupThresholdFen != null && topups >= level.topupThresholdFen) return { action: 'renew' };
  switch (settings.levelPolicy) {
    case 'never':
      return { action: 'keep' };
    case 'one-level':
      return { action: 'drop', to: settings.levels[rank - 1]!.code };
    case 'to-qualified': {
      const byGrowth = levelForGrowth(settings.levels, member.qualifying);
      const byTopups = levelForTopups(settings.levels, topups);
      const better =
        byTopups && rankOf(settings.levels, byTopups.code) > rankOf(settings.levels, byGrowth.code)
          ? byTopups
          : byGrowth;
      return { action: 'drop', to: better.code };
    }
  }
}
