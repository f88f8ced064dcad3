import { MAX_SUBSCRIBE_CREDITS, type subscriptionsRequest } from '@app/shared';
import type * as z from 'zod';
import type { AppDeps } from '../../../composition';
import { callerMember } from '../../../core/member-access';
import type { Principal } from '../../../http/route';
import { subscriptionsOf } from '../subscriptions';

/**
 * What the member answered to one subscribe prompt: each acceptance is one credit (one message of that template),
 * up to MAX_SUBSCRIBE_CREDITS held at once, the cap enforced inside the write. Replays of the same answer are
 * answered from the Idempotency-Key record, so a retried request adds nothing.
 */
export async function recordSubscriptions(
  principal: Principal,
  answer: z.infer<typeof subscriptionsRequest>,
  nowMs: number,
  deps: Pick<AppDeps, 'members' | 'programAt' | 'notifications'>,
) {
  const member = await callerMember(principal, deps);
  const at = new Date(nowMs).toISOString();
  for (const key of answer.accepted)
    await deps.notifications.addCredit(member.memberId, key, MAX_SUBSCRIBE_CREDITS, at);
  for (const key of answer.rejected) await deps.notifications.noteRefusal(member.memberId, key, at);
  return subscriptionsOf(member.memberId, await deps.programAt(nowMs), deps);
}
