import type { Principal } from '../../../http/route';
import { redeemerOf, type CatalogDeps } from '../redeemer';
import { isOffered, toMemberItemView } from '../views';

/** The items on offer now (and those whose sale has not started), with `redeemable`/`reason` for the caller. */
export async function listMallItems(
  principal: Principal,
  category: string | undefined,
  nowMs: number,
  deps: CatalogDeps,
) {
  const [settings, items, redeemer] = await Promise.all([
    deps.programAt(nowMs),
    deps.mall.listItems(),
    redeemerOf(principal, nowMs, deps),
  ]);
  const offered = items.filter((item) => isOffered(item, nowMs));
  const categories = [...new Set(offered.map((item) => item.category))];
  const shown = category ? offered.filter((item) => item.category === category) : offered;
  return {
    items: shown.map((item) => toMemberItemView(item, redeemer(item.itemId), settings, nowMs)),
    nextCursor: null,
    categories,
  };
}
