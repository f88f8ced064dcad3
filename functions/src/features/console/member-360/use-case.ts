import {
  DomainError,
  formatInZone,
  namedLevelChange,
  segmentCodes,
  type Member360,
  type SegmentCode,
} from '@app/shared';
import type { AppDeps } from '../../../composition';
import { storeNamesOf } from '../../../core/store-names';
import { storesNamedBy, walletOf } from '../../coupons/views';
import { toOrderView } from '../../mall/views';
import { toLedgerEntryView } from '../../points/ledger-view';
import { toCardView } from '../../plans/views';
import { memberSummaryOf } from '../member-summary';
import { memberWalletBlock } from '../../wallet/wallet-view';

type Deps = Pick<
  AppDeps,
  'members' | 'pointsAccounts' | 'programAt' | 'coupons' | 'mall' | 'purchases' | 'stores' | 'punchCards' | 'wallet'
>;

/** How much of each history the page shows at first (the member's own pages hold the rest). */
const RECENT = 20;

const SEGMENT_PREFIX = 'segment:';
const isSegment = (code: string): code is SegmentCode => (segmentCodes as readonly string[]).includes(code);

/**
 * Everything a marketer needs about one member, read in parallel: the profile, level history, the latest points
 * entries, coupons, mall orders and purchases, tags and segments (tag items `TAG#…`), badges.
 */
export async function member360(memberId: string, nowMs: number, deps: Deps): Promise<Member360> {
  const [member, settings] = await Promise.all([deps.members.getById(memberId), deps.programAt(nowMs)]);
  if (!member) throw new DomainError('NOT_FOUND', '会员不存在');
  const zone = settings.timezone;
  const inZone = (iso: string) => formatInZone(Date.parse(iso), zone);
  const [summary, levels, ledger, coupons, orders, purchases, tags, cards, wallet] = await Promise.all([
    memberSummaryOf(member, settings, nowMs),
    deps.members.levelHistory(memberId),
    deps.pointsAccounts.ledger(memberId, { limit: RECENT }),
    deps.coupons.memberCoupons(memberId),
    deps.mall.memberOrders(memberId, { limit: RECENT }),
    deps.purchases.memberPurchases(memberId, RECENT),
    deps.coupons.memberTags(memberId),
    deps.punchCards.cardsOf(memberId),
    memberWalletBlock(member, RECENT, deps),
  ]);
  const storeNames = await storeNamesOf(
    [member.homeStoreId, ...purchases.map((purchase) => purchase.storeId), ...coupons.flatMap(storesNamedBy)],
    deps,
  );
  return {
    profile: {
      ...summary,
      birthday: member.birthday,
      homeStoreId: member.homeStoreId,
      referrerId: member.referrerId,
      growth: member.growthLifetime,
      pointsDebt: member.pointsDebt,
      stamps: member.stamps,
      purchaseCount: member.purchaseCount,
      checkinCount: member.checkinCount,
      referralsRewarded: member.referralsRewarded,
    },
    levelHistory: levels.map((change) =>
      namedLevelChange(settings.levels, {
        from: change.from,
        to: change.to,
        at: inZone(change.at),
        reason: change.reason,
      }),
    ),
    ledger: ledger.items.map((entry) => toLedgerEntryView(entry, zone)),
    coupons: walletOf(coupons, nowMs, storeNames),
    storeNames,
    orders: orders.items.map(toOrderView),
    purchases: purchases.map((purchase) => ({
      purchaseId: purchase.purchaseId,
      storeId: purchase.storeId,
      receiptNo: purchase.receiptNo,
      at: inZone(purchase.at),
      amountFen: purchase.amountFen,
      payableFen: purchase.payableFen,
      points: purchase.points,
      refundedFen: purchase.refundedFen,
      programVersion: purchase.programVersion,
    })),
    tags: tags.filter((tag) => !tag.startsWith(SEGMENT_PREFIX)).sort(),
    segments: tags.flatMap((tag) => {
      const code = tag.slice(SEGMENT_PREFIX.length);
      return tag.startsWith(SEGMENT_PREFIX) && isSegment(code) ? [code] : [];
    }),
    badges: Object.entries(member.badges)
      .map(([code, at]) => ({ code, at: inZone(at) }))
      .sort((a, b) => b.at.localeCompare(a.at)),
    paidPlan: member.paidPlan,
    punchCards: cards.map((card) => toCardView(card, nowMs)),
    wallet,
  };
}
