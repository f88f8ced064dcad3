import { DomainError, type PromotionRequest } from '@app/shared';
import type { PromotionRecord } from '../../../adapters/dynamodb';
import type { AppDeps } from '../../../composition';
import type { Principal } from '../../../http/route';
import { newIdFactory } from '../../../core/ids';

/** A points promotion (multiplier or SKU bonus) for levels and stores the program knows, audited with it. */
export async function createPromotion(
  body: PromotionRequest,
  principal: Principal,
  now: number,
  deps: Pick<AppDeps, 'programAt' | 'commit' | 'promotions' | 'audit'>,
) {
  const settings = await deps.programAt(now);
  const unknownLevels = (body.levels ?? []).filter((code) => !settings.levels.some((level) => level.code === code));
  if (unknownLevels.length)
    throw new DomainError('VALIDATION_FAILED', '等级不存在', {
      issues: [{ path: 'body.levels', message: `unknown levels: ${unknownLevels.join(', ')}` }],
    });
  const at = new Date(now).toISOString();
  const promotion: PromotionRecord = {
    promotionId: newIdFactory()(now),
    name: body.name,
    multiplier: body.multiplier ?? null,
    skuBonus: body.skuBonus ?? null,
    startsAt: new Date(body.startsAt).toISOString(),
    endsAt: new Date(body.endsAt).toISOString(),
    weekdays: body.weekdays ?? null,
    hours: body.hours ?? null,
    storeIds: body.storeIds ?? null,
    levels: body.levels ?? null,
    createdAt: at,
    createdBy: `marketer:${principal.openid}`,
  };
  // The promotion and its audit entry land together, or neither does.
  const outcome = await deps.commit([
    ...deps.promotions.promotionWrites(promotion),
    deps.audit.write({
      auditId: newIdFactory()(now),
      at,
      actor: promotion.createdBy,
      action: 'promotion.create',
      target: { kind: 'promotion', id: promotion.promotionId },
      after: promotion,
    }),
  ]);
  if (!outcome.ok) throw new Error(`promotion ${promotion.promotionId} not saved`);
  return promotion;
}
