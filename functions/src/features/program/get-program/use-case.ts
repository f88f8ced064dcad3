import type { programResponse } from '@app/shared';
import type * as z from 'zod';
import type { AppDeps } from '../../../composition';
import { NoSettingsInForce } from '../../../http/clock';
import { byEffectiveTime, toVersionView } from '../versions';

type ProgramView = z.infer<typeof programResponse>;

/** The version in force now, the versions saved for later, and every version (newest effective first). */
export async function getProgram(nowMs: number, deps: Pick<AppDeps, 'program'>): Promise<ProgramView> {
  const versions = (await deps.program.versions()).sort(byEffectiveTime);
  const now = new Date(nowMs).toISOString();
  const current = versions.filter((version) => version.effectiveAt <= now).pop();
  if (!current) throw new NoSettingsInForce(nowMs);
  return {
    current: toVersionView(current),
    upcoming: versions.filter((version) => version.effectiveAt > now).map(toVersionView),
    history: versions.reverse().map(({ version, effectiveAt, createdBy }) => ({ version, effectiveAt, createdBy })),
  };
}
