import { DomainError, type MallItemView } from '@app/shared';
import type { Principal } from '../../../http/route';
import { redeemerOf, type CatalogDeps } from '../redeemer';
import { toMemberItemView } from '../views';

/** One item with `redeemable`/`reason` for the caller. */
export async function getMallItem(
  principal: Principal,
  itemId: string,
  nowMs: number,
  deps: CatalogDeps,
): Promise<MallItemView> {
  const [settings, item, redeemer] = await Promise.all([
    deps.programAt(nowMs),
    deps.mall.getItem(itemId),
    redeemerOf(principal, nowMs, deps),
  ]);
  if (!item || item.hidden) throw new DomainError('NOT_FOUND', '商品不存在或已下架');
  return toMemberItemView(item, redeemer(item.itemId), settings, nowMs);
}
