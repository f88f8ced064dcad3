import type { AppDeps } from '../../../composition';

/** Points promotions, a page at a time. */
export const listPromotions = (page: { limit: number; cursor?: string }, deps: Pick<AppDeps, 'promotions'>) =>
  deps.promotions.list(page.limit, page.cursor);
