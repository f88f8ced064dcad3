import { keywordData, type NotificationKey } from '@app/shared';
import { type MessageEnd, NO_CREDIT, type OutboxRecord } from '../../adapters/dynamodb';
import type { AppDeps } from '../../composition';

type Deps = Pick<AppDeps, 'programAt' | 'members' | 'notifications' | 'commit' | 'wechatApi'>;

/** A claimed message whose sender never wrote WeChat's answer down is given up after this long (never resent). */
export const SENDING_LEASE_MS = 10 * 60_000;
/** Sends tried in all when WeChat stays busy or out of reach (each with the adapter's own backoff inside). */
export const MAX_SEND_ATTEMPTS = 3;

export type Delivery = MessageEnd['status'] | 'busy-elsewhere';

/**
 * One outbox message to the member's phone, at most once (docs/decisions.md "Subscribe messages delivered"):
 * 1. the claim — pending → sending and one credit of the member for its template spent, in one transaction;
 *    without a credit it is skipped, and of two senders only one wins;
 * 2. `subscribeMessage.send` through the adapter (token renewed once on 40001/42001, transient errors repeated);
 * 3. the end written down — sent, failed (43101: the member refused; WeChat refused the request; or unknown), or
 *    pending again when WeChat stayed busy (the credit comes back, the next run tries again, at most 3 times).
 * A sender that dies between 1 and 3 leaves the message `sending`: after the lease it ends failed
 * `unknown-outcome` and is never sent again, because WeChat may have delivered it.
 */
export async function deliver(message: OutboxRecord, nowMs: number, deps: Deps): Promise<Delivery> {
  const at = new Date(nowMs).toISOString();
  const end = async (from: OutboxRecord['status'], outcome: MessageEnd, giveCreditBack = false) => {
    const written = await deps.commit(deps.notifications.endWrites(message, from, outcome, giveCreditBack));
    return written.ok ? outcome.status : 'busy-elsewhere';
  };
  if (message.status === 'sending') {
    if (Date.parse(message.claimedAt ?? at) + SENDING_LEASE_MS > nowMs) return 'busy-elsewhere';
    return end('sending', {
      status: 'failed',
      reason: 'unknown-outcome',
      detail: 'the sender stopped before WeChat answered',
    });
  }
  if (message.status !== 'pending') return 'busy-elsewhere';

  const settings = await deps.programAt(nowMs);
  const template = settings.notifications.templates[message.template as NotificationKey];
  if (!template) return end('pending', { status: 'skipped', reason: 'template-not-configured' });
  const member = await deps.members.getById(message.memberId);
  if (!member) return end('pending', { status: 'skipped', reason: 'member-not-found' });
  const { data, missing } = keywordData(message, template.fields, settings.timezone);
  if (missing.length > 0)
    return end('pending', { status: 'failed', reason: 'data-incomplete', detail: `no ${missing.join(', ')}` });

  const claim = await deps.commit(deps.notifications.claimWrites(message, at));
  if (!claim.ok) {
    const noCredit = 'failed' in claim && claim.failed.length === 1 && claim.failed[0] === NO_CREDIT;
    return noCredit ? end('pending', { status: 'skipped', reason: 'no-credit' }) : 'busy-elsewhere';
  }
  const outcome = await deps.wechatApi.sendSubscribeMessage({
    toOpenid: member.openid,
    templateId: template.templateId,
    page: template.page ?? message.page,
    data,
  });
  if (outcome.status === 'sent') return end('sending', { status: 'sent', sentAt: at, msgid: outcome.msgid });
  if (outcome.status === 'refused')
    return end('sending', { status: 'failed', reason: 'refused', detail: outcome.reason });
  if (outcome.retryable) {
    const again = (message.attempts ?? 0) + 1 < MAX_SEND_ATTEMPTS;
    return end(
      'sending',
      { status: again ? 'pending' : 'failed', reason: 'unavailable', detail: outcome.reason },
      true,
    );
  }
  // WeChat answered with an error: nothing reached the member, the credit is still theirs. No answer at all: it
  // may have, so the credit stays spent and the message is not sent again.
  if (outcome.errcode !== undefined)
    return end('sending', { status: 'failed', reason: 'rejected-by-wechat', detail: outcome.reason }, true);
  return end('sending', { status: 'failed', reason: 'unknown-outcome', detail: outcome.reason });
}
