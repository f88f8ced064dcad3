import type { AuditRecord } from '../../../adapters/dynamodb';
import type { AppDeps } from '../../../composition';
import { accountNamesOf } from '../../../core/account-names';
import { labelKey, targetLabels, type LabelDeps } from './target-labels';

type Deps = Pick<AppDeps, 'audit' | 'program'> & LabelDeps;

const monthOfIso = (iso: string) => iso.slice(0, 7);

/** `marketer:<openid>` and `staff:<openid>` are accounts the log can name; `system` and members are not. */
const accountOf = (actor: string) => {
  const [kind, ...rest] = actor.split(':');
  return (kind === 'marketer' || kind === 'staff') && rest.length > 0 ? { openid: rest.join(':') } : null;
};

/**
 * The audit log, newest first: from the month of now back to the month the program began (its first settings
 * version), across month partitions; the cursor carries the month and the last entry read. Each entry names its
 * target as a person would (`targetLabel`: nickname · memberNo, a campaign's name …), never only by its id.
 */
export async function listAudit(
  query: { cursor?: string; limit: number },
  nowMs: number,
  deps: Deps,
): Promise<{
  items: (AuditRecord & { actorLabel: string | null; targetLabel: string | null })[];
  nextCursor: string | null;
}> {
  const first = (await deps.program.versions())[0];
  const newestMonth = monthOfIso(new Date(nowMs).toISOString());
  const oldestMonth = first ? monthOfIso(first.effectiveAt) : newestMonth;
  const page = await deps.audit.page({
    newestMonth,
    // biome-ignore lint/complexity/useMathMinMax: months are `YYYY-MM` text, whose order is their order in time
    oldestMonth: oldestMonth < newestMonth ? oldestMonth : newestMonth,
    limit: query.limit,
    cursor: query.cursor,
  });
  const [labels, actorNames] = await Promise.all([
    targetLabels(
      page.items.map((entry) => entry.target),
      deps,
    ),
    accountNamesOf(
      page.items.map((entry) => accountOf(entry.actor)).filter((openid) => openid !== null),
      deps,
    ),
  ]);
  return {
    items: page.items.map(({ auditId, at, actor, action, target, before, after }) => ({
      auditId,
      at,
      actor,
      actorLabel: actorNames.get(accountOf(actor)?.openid ?? '') ?? null,
      action,
      target,
      targetLabel: labels.get(labelKey(target)) ?? null,
      before,
      after,
    })),
    nextCursor: page.nextCursor,
  };
}
