import { DomainError, type MallItemView } from '@app/shared';
import type { MemberRecord } from '../../adapters/dynamodb';
import type { AppDeps } from '../../composition';
import type { Principal } from '../../http/route';
import { callerMember, currentPoints } from '../../core/member-access';
import { isOffered, toMemberItemView } from './views';

type Deps = Pick<AppDeps, 'members' | 'programAt' | 'pointsAccounts' | 'mall'>;

/** The caller's side of every item: level, points that can be spent now, debt, units already redeemed. */
async function redeemerOf(principal: Principal, nowMs: number, deps: Deps) {
  const member: MemberRecord = await callerMember(principal, deps);
  const [points, counts] = await Promise.all([
    currentPoints(member, nowMs, deps),
    deps.mall.redeemedCounts(member.memberId),
  ]);
  return (itemId: string) => ({
    levelCode: member.levelCode,
    spendable: points.balance + points.debt,
    debt: points.debt,
    redeemed: counts.get(itemId) ?? 0,
  });
}

/** The items on offer now (and those whose sale has not started), with `redeemable`/`reason` for the caller. */
export async function listMallItems(principal: Principal, category: string | undefined, nowMs: number, deps: Deps) {
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

export async function getMallItem(
  principal: Principal,
  itemId: string,
  nowMs: number,
  deps: Deps,
): Promise<MallItemView> {
  const [settings, item, redeemer] = await Promise.all([
    deps.programAt(nowMs),
    deps.mall.getItem(itemId),
    redeemerOf(principal, nowMs, deps),
  ]);
  if (!item) throw new DomainError('NOT_FOUND', '商品不存在或已下架');
  return toMemberItemView(item, redeemer(item.itemId), settings, nowMs);
}
