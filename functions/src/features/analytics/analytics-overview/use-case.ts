import {
  addDaysToDate,
  type DAY_FIELDS,
  levelField,
  levelNameOf,
  type AnalyticsOverview,
  type AnalyticsRangeQuery,
} from '@app/shared';
import type { AppDeps } from '../../../composition';
import { campaignView } from '../../coupons/campaigns';
import { CHURN_SEGMENT, dailySeries, resolveRange, storeDays } from '../figures';
import { planFigures } from '../plan-figures';
import { storedValueFigures } from '../stored-value-figures';

type Deps = Pick<AppDeps, 'stats' | 'stores' | 'coupons' | 'programAt'>;

const EXPIRY_HORIZONS = [30, 60, 90] as const;

/**
 * The dashboard: everything comes from the aggregates the stream keeps (a few Queries whatever the number of
 * members or ledger entries), plus the campaign counters and the churn segment's index.
 */
export async function analyticsOverview(
  query: AnalyticsRangeQuery,
  nowMs: number,
  deps: Deps,
): Promise<AnalyticsOverview> {
  const range = await resolveRange(query, nowMs, deps);
  const settings = await deps.programAt(nowMs);
  const [rows, totals, expiring, stores, campaigns, churn, referrals, checkpoints] = await Promise.all([
    deps.stats.days(range.from, range.to),
    deps.stats.totals(),
    deps.stats.expiring(addDaysToDate(range.today, 1), addDaysToDate(range.today, Math.max(...EXPIRY_HORIZONS))),
    deps.stores.list(),
    deps.coupons.campaigns(10),
    deps.stats.tagHolders(`segment:${CHURN_SEGMENT}`, 10),
    deps.stats.referralRanking(10),
    deps.stats.checkpoints(),
  ]);
  const [campaignViews, churnEntries, plans] = await Promise.all([
    Promise.all(campaigns.items.map((campaign) => campaignView(campaign, deps))),
    deps.coupons.directoryEntries(churn.memberIds),
    planFigures(rows, range, deps),
  ]);
  const daily = dailySeries(rows, range.from, range.to);
  const perStoreDay = storeDays(rows);
  const sum = (field: (typeof DAY_FIELDS)[number]) => daily.reduce((total, day) => total + day[field], 0);
  const storeName = new Map(stores.map((store) => [store.storeId, store.name]));
  const storeIds = [
    ...new Set([...stores.map((store) => store.storeId), ...perStoreDay.map((day) => day.storeId)]),
  ].sort();
  const dueWithin = (days: number) => {
    const last = addDaysToDate(range.today, days);
    return [...expiring].filter(([date]) => date <= last).reduce((total, [, points]) => total + points, 0);
  };
  const members = totals.members ?? 0;
  const buyers = totals.buyers ?? 0;
  return {
    from: range.from,
    to: range.to,
    members: {
      total: members,
      withPurchase: buyers,
      purchaseShare: members > 0 ? Math.round((buyers / members) * 10_000) / 10_000 : 0,
      newInRange: sum('newMembers'),
      byLevel: settings.levels.map((level) => ({
        code: level.code,
        name: level.name,
        count: totals[levelField(level.code)] ?? 0,
      })),
    },
    daily,
    stores: storeIds.map((storeId) => {
      const days = perStoreDay.filter((day) => day.storeId === storeId);
      return {
        storeId,
        name: storeName.get(storeId) ?? storeId,
        purchases: days.reduce((total, day) => total + day.purchases, 0),
        salesFen: days.reduce((total, day) => total + day.salesFen, 0),
        refundsFen: days.reduce((total, day) => total + day.refundsFen, 0),
      };
    }),
    storeDaily: perStoreDay.map(({ date, storeId, purchases, salesFen }) => ({ date, storeId, purchases, salesFen })),
    points: {
      outstanding: totals.lotPoints ?? 0,
      debt: totals.pointsDebt ?? 0,
      issued: sum('pointsIssued'),
      redeemed: sum('pointsRedeemed'),
      expired: sum('pointsExpired'),
      expiring: { days30: dueWithin(30), days60: dueWithin(60), days90: dueWithin(90) },
    },
    campaigns: campaignViews.map((view) => ({
      campaignId: view.campaignId,
      name: view.name,
      kind: view.kind,
      status: view.status,
      targeted: view.stats.targeted,
      issued: view.stats.issued,
      redeemed: view.stats.redeemed,
      redemptionRate: view.stats.redemptionRate,
      discountFen: view.stats.discountFen,
      salesFen: view.stats.salesFen,
    })),
    churn: {
      count: churn.count,
      sample: churnEntries.map((entry) => ({
        memberId: entry.memberId,
        memberNo: entry.memberNo,
        nickname: entry.nickname,
        levelCode: entry.levelCode,
        levelName: levelNameOf(settings.levels, entry.levelCode),
        joinedAt: entry.joinedAt,
        lastPurchaseAt: entry.lastPurchaseAt,
        purchaseCount: entry.purchaseCount,
      })),
      audience: { segments: [CHURN_SEGMENT] },
    },
    referrals,
    plans,
    freshAt:
      checkpoints
        .map((checkpoint) => checkpoint.at)
        .sort()
        .at(-1) ?? null,
    storedValue: storedValueFigures(rows, totals, range, storeName),
  };
}
