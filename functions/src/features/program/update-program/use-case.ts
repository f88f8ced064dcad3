import { DomainError, settingsUpdateIssues, templatesNamed, type ProgramSettings } from '@app/shared';
import { PROGRAM_HEAD_MOVED, type ProgramVersionRecord } from '../../../adapters/dynamodb';
import type { AppDeps } from '../../../composition';
import type { Principal } from '../../../http/route';
import { newIdFactory } from '../../../core/ids';
import { toVersionView, type VersionView } from '../versions';
import { retrying, RETRY } from '../../../core/retry';

type Deps = Pick<AppDeps, 'program' | 'coupons' | 'audit' | 'commit' | 'invalidateProgramCache'>;

/** A marketer's device clock may run a little behind ours: an effective time this close to now means now. */
const PAST_TOLERANCE_MS = 60_000;

const invalid = (issues: { path: string; message: string }[]) =>
  new DomainError('VALIDATION_FAILED', '会员计划设置有误，请检查标出的字段', {
    issues: issues.map((issue) => ({ ...issue, path: `body.${issue.path}` })),
  });

/**
 * Saves the whole settings as a new version, in force from `effectiveAt` (now when omitted; never in the past).
 * Records made before keep the version they were made under. The version number comes from the head item,
 * moved in the same transaction as the version and its audit entry, so concurrent saves get distinct numbers; with
 * `baseVersion`, a save made from a draft older than the newest version is refused (PROGRAM_CHANGED).
 */
export async function updateProgram(
  settings: ProgramSettings,
  effectiveAtInput: string | undefined,
  marketer: Principal,
  nowMs: number,
  deps: Deps,
  baseVersion?: number,
): Promise<VersionView> {
  const effectiveAtMs = effectiveAtInput === undefined ? nowMs : Date.parse(effectiveAtInput);
  if (effectiveAtMs < nowMs - PAST_TOLERANCE_MS)
    throw invalid([{ path: 'effectiveAt', message: 'effectiveAt is in the past' }]);
  const effectiveAt = new Date(Math.max(effectiveAtMs, nowMs)).toISOString();
  const replaced = await deps.program.versionAt(effectiveAt);
  const issues = settingsUpdateIssues(settings, replaced?.settings);
  const named = templatesNamed(settings);
  const found = await Promise.all(named.map((ref) => deps.coupons.template(ref.templateId)));
  named.forEach((ref, index) => {
    if (!found[index]) issues.push({ path: ref.path, message: `unknown coupon template ${ref.templateId}` });
  });
  if (issues.length) throw invalid(issues);

  const actor = `marketer:${marketer.openid}`;
  const newId = newIdFactory();
  const saved = await retrying(async () => {
    const head = await deps.program.head();
    // The head moves in the same transaction as every version, so a save read from an older one is refused here.
    if (baseVersion !== undefined && head.latest !== baseVersion)
      throw new DomainError('PROGRAM_CHANGED', undefined, { latestVersion: head.latest, baseVersion });
    const record: ProgramVersionRecord = { version: head.latest + 1, effectiveAt, settings, createdBy: actor };
    const outcome = await deps.commit([
      ...deps.program.versionWrites(record, head),
      deps.audit.write({
        auditId: newId(nowMs),
        at: new Date(nowMs).toISOString(),
        actor,
        action: 'program.update',
        target: { kind: 'program', id: `v${record.version}` },
        before: replaced
          ? { version: replaced.version, effectiveAt: replaced.effectiveAt, settings: replaced.settings }
          : undefined,
        after: { version: record.version, effectiveAt, settings },
      }),
    ]);
    if (outcome.ok) return record;
    if ('failed' in outcome && !outcome.failed.includes(PROGRAM_HEAD_MOVED))
      throw new Error(`program version not saved: ${outcome.failed.join(', ')}`);
    return RETRY;
  });
  // This container reads the new version at once; the others within their 30 s cache.
  deps.invalidateProgramCache();
  return toVersionView(saved);
}
