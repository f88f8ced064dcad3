import { levelNameOf, type Audience, type ProgramSettings } from '@app/shared';
import type { AppDeps } from '../../../composition';
import { evaluateAudience } from '../audience';

type Deps = Pick<AppDeps, 'coupons'>;

/** The count and a sample (newest members first) of an audience. */
export async function previewAudience(audience: Audience, settings: ProgramSettings, nowMs: number, deps: Deps) {
  const members = await evaluateAudience(audience, settings, nowMs, deps);
  const sample = [...members].sort((a, b) => b.joinedAt.localeCompare(a.joinedAt)).slice(0, 10);
  return {
    count: members.length,
    sample: sample.map(({ memberId, memberNo, nickname, levelCode, joinedAt }) => ({
      memberId,
      memberNo,
      nickname,
      levelCode,
      levelName: levelNameOf(settings.levels, levelCode),
      joinedAt,
    })),
  };
}
