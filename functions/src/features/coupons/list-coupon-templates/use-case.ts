import type { AppDeps } from '../../../composition';

/** Coupon templates, newest first. */
export const listCouponTemplates = (page: { limit: number; cursor?: string }, deps: Pick<AppDeps, 'coupons'>) =>
  deps.coupons.templates(page.limit, page.cursor);
