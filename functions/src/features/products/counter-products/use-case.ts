import type { CounterProductsResponse } from '@app/shared';
import type { AppDeps } from '../../../composition';
import { byCategoryThenName } from '../product-write';

/** What the counter's picker offers: the products not hidden, by category then name. */
export async function counterProducts(deps: Pick<AppDeps, 'products'>): Promise<CounterProductsResponse> {
  const products = await deps.products.list();
  return {
    items: products
      .filter((product) => !product.hidden)
      .sort(byCategoryThenName)
      .map(({ sku, name, category, priceFen }) => ({ sku, name, category, priceFen })),
  };
}
