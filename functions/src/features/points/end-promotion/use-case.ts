import { DomainError } from '@app/shared';
import { PROMOTION_CHANGED, type PromotionRecord } from '../../../adapters/dynamodb';
import type { AppDeps } from '../../../composition';
import type { Principal } from '../../../http/route';
import { newIdFactory } from '../../../core/ids';
import { retrying, RETRY } from '../../../core/retry';

/**
 * A marketer ends a promotion before its planned end: from now on no purchase earns under it (purchases already
 * recorded keep what they earned). Its end moves to now, with its audit entry in the same transaction. One that has
 * already ended is answered as it is.
 */
export async function endPromotion(
  promotionId: string,
  by: Principal,
  nowMs: number,
  deps: Pick<AppDeps, 'promotions' | 'audit' | 'commit'>,
): Promise<PromotionRecord> {
  const at = new Date(nowMs).toISOString();
  const actor = `marketer:${by.openid}`;
  return retrying(async () => {
    const before = await deps.promotions.get(promotionId);
    if (!before) throw new DomainError('NOT_FOUND', '积分活动不存在');
    if (Date.parse(before.endsAt) <= nowMs) return before;
    const after: PromotionRecord = { ...before, endsAt: at, endedEarlyAt: at, endedEarlyBy: actor };
    const outcome = await deps.commit([
      ...deps.promotions.endEarlyWrites(before, after),
      deps.audit.write({
        auditId: newIdFactory()(nowMs),
        at,
        actor,
        action: 'promotion.end',
        target: { kind: 'promotion', id: promotionId },
        before,
        after,
      }),
    ]);
    if (outcome.ok) return after;
    if ('failed' in outcome && !outcome.failed.includes(PROMOTION_CHANGED))
      throw new Error(`promotion ${promotionId} not ended: ${outcome.failed.join(', ')}`);
    return RETRY;
  });
}
