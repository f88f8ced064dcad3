import { DomainError, segmentCode, type SegmentCode } from '@app/shared';
import { SEGMENT_TAG_PREFIX } from '../../../adapters/dynamodb';
import type { AppDeps } from '../../../composition';
import type { Principal } from '../../../http/route';
import { newIdFactory } from '../../../core/ids';
import { retrying, RETRY } from '../../../core/retry';

type Deps = Pick<AppDeps, 'members' | 'tags' | 'audit' | 'commit'>;

/** A member's tags as the console shows them: manual tags by name, segments by code. */
export function tagsView(
  memberId: string,
  held: readonly string[],
): { memberId: string; tags: string[]; segments: SegmentCode[] } {
  const segments = held
    .filter((tag) => tag.startsWith(SEGMENT_TAG_PREFIX))
    .map((tag) => segmentCode.safeParse(tag.slice(SEGMENT_TAG_PREFIX.length)));
  return {
    memberId,
    tags: held.filter((tag) => !tag.startsWith(SEGMENT_TAG_PREFIX)).sort(),
    segments: segments.flatMap((parsed) => (parsed.success ? [parsed.data] : [])),
  };
}

/**
 * A marketer adds and removes manual tags of one member. Only differences are written (adding a tag held, or
 * removing one not held, changes nothing), in one transaction with the audit entry: each add conditional on the
 * tag being new, each removal on it being there, so a concurrent change makes this re-read, never double-count.
 */
export async function changeMemberTags(
  memberId: string,
  request: { add?: string[]; remove?: string[] },
  marketer: Principal,
  nowMs: number,
  deps: Deps,
) {
  const add = [...new Set(request.add ?? [])];
  const remove = [...new Set(request.remove ?? [])];
  const both = add.find((tag) => remove.includes(tag));
  if (both)
    throw new DomainError('VALIDATION_FAILED', `标签「${both}」不能同时添加和移除`, {
      issues: [{ path: 'body.remove', message: `${both} is also in add` }],
    });
  const newId = newIdFactory();
  return retrying(async () => {
    const member = await deps.members.getById(memberId);
    if (!member) throw new DomainError('NOT_FOUND', '会员不存在');
    const held = await deps.tags.ofMember(memberId);
    const adding = add.filter((tag) => !held.includes(tag));
    const removing = remove.filter((tag) => held.includes(tag));
    if (adding.length === 0 && removing.length === 0) return tagsView(memberId, held);
    const at = new Date(nowMs).toISOString();
    const stamp = { at, by: `marketer:${marketer.openid}` };
    const before = tagsView(memberId, held).tags;
    const after = tagsView(memberId, [...held.filter((tag) => !removing.includes(tag)), ...adding]);
    const outcome = await deps.commit([
      ...adding.map((tag) => deps.tags.registryWrite(tag, stamp)),
      ...adding.map((tag) => deps.tags.addWrite(memberId, tag, stamp)),
      ...removing.map((tag) => deps.tags.removeWrite(memberId, tag)),
      deps.audit.write({
        auditId: newId(nowMs),
        at,
        actor: stamp.by,
        action: 'member.tags',
        target: { kind: 'member', id: memberId },
        before: { tags: before },
        after: { tags: after.tags, added: adding, removed: removing },
      }),
    ]);
    if (!outcome.ok) return RETRY;
    return after;
  });
}
