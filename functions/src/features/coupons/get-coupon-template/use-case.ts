import { DomainError } from '@app/shared';
import type { AppDeps } from '../../../composition';

/** One coupon template, or NOT_FOUND. */
export async function getCouponTemplate(templateId: string, deps: Pick<AppDeps, 'coupons'>) {
  const template = await deps.coupons.template(templateId);
  if (!template) throw new DomainError('NOT_FOUND', '优惠券模板不存在');
  return template;
}
