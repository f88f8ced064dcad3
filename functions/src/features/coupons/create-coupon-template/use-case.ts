import type { CouponTemplateRequest, CouponTemplateView } from '@app/shared';
import type { CouponTemplateRecord } from '../../../adapters/dynamodb';
import type { AppDeps } from '../../../composition';
import type { Principal } from '../../../http/route';
import { newIdFactory } from '../../../core/ids';
import { actorOf } from '../campaigns';

type Deps = Pick<AppDeps, 'coupons' | 'audit' | 'commit'>;

/** A new coupon template (templates never change once created: coupons copy their terms), audited. */
export async function createTemplate(
  body: CouponTemplateRequest,
  marketer: Principal,
  nowMs: number,
  deps: Deps,
): Promise<CouponTemplateView> {
  const newId = newIdFactory();
  const at = new Date(nowMs).toISOString();
  const template: CouponTemplateRecord = {
    templateId: `tpl-${newId(nowMs).toLowerCase()}`,
    title: body.title,
    description: body.description,
    usageNotes: body.usageNotes,
    type: body.type,
    valueFen: body.valueFen ?? null,
    percent: body.percent ?? null,
    maxDiscountFen: body.maxDiscountFen ?? null,
    minSpendFen: body.minSpendFen,
    giftName: body.giftName ?? null,
    validity: body.validity,
    storeIds: body.storeIds ?? null,
    createdAt: at,
    createdBy: actorOf(marketer),
  };
  await deps.commit([
    deps.coupons.templateWrite(template),
    deps.audit.write({
      auditId: newId(nowMs),
      at,
      actor: template.createdBy,
      action: 'coupon-template.create',
      target: { kind: 'coupon-template', id: template.templateId },
      after: template,
    }),
  ]);
  return template;
}
