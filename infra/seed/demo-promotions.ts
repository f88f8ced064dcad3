import type { AppDeps } from '../../functions/src/composition';
import type { PromotionRecord } from '../../functions/src/adapters/dynamodb';

/** A promotion of the chain's opening day, long over: the console's 积分活动 shows a finished one from the start. */
export const demoPromotions: readonly PromotionRecord[] = [
  {
    promotionId: 'demo-opening-double',
    name: '开业日双倍积分',
    multiplier: 2,
    skuBonus: null,
    startsAt: '2020-01-01T00:00:00.000Z',
    endsAt: '2020-01-02T00:00:00.000Z',
    weekdays: null,
    hours: null,
    storeIds: null,
    levels: null,
    createdAt: '2020-01-01T00:00:00.000Z',
    createdBy: 'system:seed',
  },
];

/** Written once: a promotion already there (ended early, say) is left as it is. */
export async function seedDemoPromotions(deps: Pick<AppDeps, 'promotions' | 'commit'>): Promise<void> {
  for (const promotion of demoPromotions)
    if (!(await deps.promotions.get(promotion.promotionId))) {
      const outcome = await deps.commit(deps.promotions.promotionWrites(promotion));
      if (!outcome.ok) throw new Error(`demo promotion ${promotion.promotionId} not written`);
    }
}
