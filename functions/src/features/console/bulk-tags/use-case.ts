import type { AppDeps } from '../../../composition';
import type { Principal } from '../../../http/route';
import { newIdFactory } from '../../../core/ids';

type Deps = Pick<AppDeps, 'tags' | 'audit' | 'commit'>;

/**
 * One tag given to (or taken from) up to 10,000 members named by memberNo. Unknown numbers are answered back, not
 * dropped silently; only members whose holding differs are written, so a repeated upload changes nothing. A crash
 * half-way leaves some written; the same upload again completes it. One audit entry records the upload.
 */
export async function bulkTag(
  request: { tag: string; action: 'add' | 'remove'; memberNos: string[] },
  marketer: Principal,
  nowMs: number,
  deps: Deps,
) {
  const { tag, action } = request;
  const memberNos = [...new Set(request.memberNos)];
  const ids = await deps.tags.memberIdsByNo(memberNos);
  const unknown = memberNos.filter((memberNo) => !ids.has(memberNo));
  const memberIds = [...new Set(ids.values())];
  const holding = await deps.tags.holding(tag, memberIds);
  const targets = memberIds.filter((memberId) => holding.has(memberId) === (action === 'remove'));
  const at = new Date(nowMs).toISOString();
  const stamp = { at, by: `marketer:${marketer.openid}` };
  if (action === 'add' && targets.length > 0) {
    // The name first: a listing must never miss a tag that members hold.
    await deps.commit([deps.tags.registryWrite(tag, stamp)]);
    await deps.tags.putMany(tag, targets, stamp);
  }
  if (action === 'remove') await deps.tags.deleteMany(tag, targets);
  const counts = {
    requested: request.memberNos.length,
    matched: memberIds.length,
    changed: targets.length,
    unknown: unknown.length,
  };
  const newId = newIdFactory();
  const audit = deps.audit.write({
    auditId: newId(nowMs),
    at,
    actor: stamp.by,
    action: `tags.bulk-${action}`,
    target: { kind: 'tag', id: tag },
    after: { tag, action, ...counts },
  });
  const outcome = await deps.commit([audit]);
  if (!outcome.ok) throw new Error('the audit entry of a bulk tag change could not be written');
  return { tag, action, matched: counts.matched, changed: counts.changed, unknown };
}
