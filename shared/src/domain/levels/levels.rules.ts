import type { LevelSettings } from '../../program/settings';
import { addMonthsToDate } from '../time/program-time';

/** Levels are ordered by threshold ascending (the settings schema guarantees it). */
export function levelByCode(levels: readonly LevelSettings[], code: string): LevelSettings {
  const level = levels.find((candidate) => candidate.code === code);
  if (!level) throw new Error(`unknown level ${code}`);
  return level;
}

/** The name members read for a level code: the program's name now, or the code of a level the program no longer has. */
export const levelNameOf = (levels: readonly LevelSettings[], code: string): string =>
  levels.find((candidate) => candidate.code === code)?.name ?? code;

/** A level change `{ from, to }` with the names of both levels (`from` is null for the first level at joining). */
export function namedLevelChange<C extends { from: string; to: string }>(
  levels: readonly LevelSettings[],
  change: C,
): C & { fromName: string; toName: string };
export function namedLevelChange<C extends { from: string | null; to: string }>(
  levels: readonly LevelSettings[],
  change: C,
): C & { fromName: string | null; toName: string };
export function namedLevelChange(levels: readonly LevelSettings[], change: { from: string | null; to: string }) {
  return {
    ...change,
    fromName: change.from === null ? null : levelNameOf(levels, change.from),
    toName: levelNameOf(levels, change.to),
  };
}

/** The highest level whose threshold the qualifying growth reaches. */
export function levelForGrowth(levels: readonly LevelSettings[], qualifyingGrowth: number): LevelSettings {
  let reached = levels[0]!;
  for (const level of levels) if (qualifyingGrowth >= level.threshold) reached = level;
  return reached;
}

export function rankOf(levels: readonly LevelSettings[], code: string): number {
  return levels.findIndex((level) => level.code === code);
}

/** The next level above the current one and the growth still needed for it, or null at the top. */
export function nextLevelProgress(
  levels: readonly LevelSettings[],
  currentCode: string,
  qualifyingGrowth: number,
): { code: string; name: string; growthNeeded: number } | null {
  const next = levels[rankOf(levels, currentCode) + 1];
  if (!next) return null;
  return { code: next.code, name: next.name, growthNeeded: Math.max(0, next.threshold - qualifyingGrowth) };
}

/** Share (0..1) of the way from the current level's threshold to the next one, for progress bars. */
export function progressShare(levels: readonly LevelSettings[], currentCode: string, qualifyingGrowth: number): number {
  const rank = rankOf(levels, currentCode);
  const current = levels[rank];
  const next = levels[rank + 1];
  if (!current || !next) return 1;
  const span = next.threshold - current.threshold;
  return Math.min(1, Math.max(0, (qualifyingGrowth - current.threshold) / span));
}

/** The first level is never reviewed, so it has no end; higher levels are protected for 12 months. */
export function levelValidUntil(levels: readonly LevelSettings[], code: string, heldSinceDate: string): string | null {
  if (rankOf(levels, code) <= 0) return null;
  return addMonthsToDate(heldSinceDate, 12);
}

/** What the level gives, in words a member reads on the card. */
export function rightsOf(level: LevelSettings): { code: string; title: string; description: string }[] {
  const rights = [];
  rights.push({
    code: 'points-multiplier',
    title: level.multiplier === 1 ? '消费积分' : `积分${level.multiplier}倍`,
    description: level.multiplier === 1 ? '每消费1元得1积分' : `消费积分按${level.multiplier}倍累积`,
  });
  if (level.discountPercent < 100) {
    const zhe = level.discountPercent / 10;
    rights.push({ code: 'store-discount', title: `门店${zhe}折`, description: `门店消费享${zhe}折优惠` });
  }
  return [...rights, ...level.perks];
}

/**
 * Qualifying growth: growth of the current month and the 11 months before it (program time).
 * `buckets` maps `YYYY-MM` to the growth earned in that month.
 */
export function qualifyingGrowth(buckets: Readonly<Record<string, number>>, currentMonth: string): number {
  const first = addMonthsToDate(`${currentMonth}-01`, -11).slice(0, 7);
  let total = 0;
  for (const [month, growth] of Object.entries(buckets)) {
    if (month >= first && month <= currentMonth) total += growth;
  }
  return total;
}

/** 储值会员: the highest level whose top-up threshold the rolling 12-month top-up principal reaches (else null). */
export function levelForTopups(levels: readonly LevelSettings[], qualifyingTopupFen: number): LevelSettings | null {
  let reached: LevelSettings | null = null;
  for (const level of levels)
    if (level.topupThresholdFen != null && qualifyingTopupFen >= level.topupThresholdFen) reached = level;
  return reached;
}
