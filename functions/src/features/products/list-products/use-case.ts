import type { ProductListResponse } from '@app/shared';
import type { AppDeps } from '../../../composition';
import { byCategoryThenName, toProductView } from '../product-write';

/** The whole list, hidden products included (bounded by MAX_PRODUCTS, so one page). */
export async function listProducts(deps: Pick<AppDeps, 'products'>): Promise<ProductListResponse> {
  const products = await deps.products.list();
  return { items: products.sort(byCategoryThenName).map(toProductView), nextCursor: null };
}
