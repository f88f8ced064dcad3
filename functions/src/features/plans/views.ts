import type { PlanView, PunchCardView } from '@app/shared';
import type { CardUseRecord, PlanRecord, PunchCardRecord, PunchProductRecord } from '../../adapters/dynamodb';

export const toPlanView = (plan: PlanRecord): PlanView => ({
  planId: plan.planId,
  name: plan.name,
  periodDays: plan.periodDays,
  priceFen: plan.priceFen,
  benefits: plan.benefits,
});

export const toAdminPlanView = (plan: PlanRecord) => ({
  ...toPlanView(plan),
  active: plan.active,
  updatedAt: plan.updatedAt,
});

export const toProductView = (product: PunchProductRecord) => ({
  productId: product.productId,
  name: product.name,
  uses: product.uses,
  priceFen: product.priceFen,
  validDays: product.validDays,
  covers: product.covers,
});

export const toAdminProductView = (product: PunchProductRecord) => ({
  ...toProductView(product),
  skus: product.skus,
  active: product.active,
  updatedAt: product.updatedAt,
});

/** A card as the member and the counter see it: expired once past its end, used up at zero uses left. */
export function toCardView(card: PunchCardRecord, nowMs: number, history: CardUseRecord[] = []): PunchCardView {
  const status =
    card.status === 'refunded'
      ? 'refunded'
      : Date.parse(card.validUntil) <= nowMs
        ? 'expired'
        : card.usesLeft === 0
          ? 'used_up'
          : 'active';
  return {
    cardId: card.cardId,
    productId: card.productId,
    name: card.name,
    usesLeft: card.usesLeft,
    usesTotal: card.usesTotal,
    validUntil: card.validUntil,
    status,
    history: history.map(({ useId, uses, storeId, staff, receiptNo, at }) => ({
      useId,
      uses,
      storeId,
      staff,
      receiptNo,
      at,
    })),
  };
}
