import type { CounterProductsResponse } from '@app/shared';

export type PickableProduct = CounterProductsResponse['items'][number];

/** The categories in the order the list gives them (by category, then name). */
export const categoriesOf = (products: readonly PickableProduct[]) => [
  ...new Set(products.map((product) => product.category)),
];

/** What the picker shows: one category (or all), narrowed by the words typed (name or SKU, any case). */
export function pickable(products: readonly PickableProduct[], category: string | null, search: string) {
  const words = search.trim().toLowerCase();
  return products.filter(
    (product) =>
      (category === null || product.category === category) &&
      (!words || product.name.toLowerCase().includes(words) || product.sku.toLowerCase().includes(words)),
  );
}
