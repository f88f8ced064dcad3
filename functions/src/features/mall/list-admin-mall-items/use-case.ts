import type { AppDeps } from '../../../composition';
import { toAdminItemView } from '../views';

/** Every item, including ended and coupon ones, with stock and units sold. */
export async function listAdminMallItems(now: number, deps: Pick<AppDeps, 'programAt' | 'mall'>) {
  const [settings, items] = await Promise.all([deps.programAt(now), deps.mall.listItems()]);
  return { items: items.map((item) => toAdminItemView(item, settings)), nextCursor: null };
}
