import {
  accountDisplayName,
  HOME_STORE_PREFIX,
  homeStoreField,
  levelNameOf,
  spendDropShare,
  type SalesAnalytics,
} from '@app/shared';
import type { AppDeps } from '../../composition';
import { accountNamesOf } from '../../core/account-names';
import { type Range, storeDays } from './figures';
import { spendComparisons } from './spend-drop';

export type SalesDeps = Pick<AppDeps, 'stats' | 'stores' | 'coupons' | 'programAt' | 'products' | 'accounts'>;

/** The segment of 消费预警 (refreshed nightly with the RFM segments). */
export const SPEND_DROP_SEGMENT = 'spend-drop';

const shareOf = (part: number, whole: number) => (whole > 0 ? Math.round((part / whole) * 10_000) / 10_000 : 0);

/** Sales by SKU, store and staff member over the range, and members by home store, summed over the shards. */
export async function salesFigures(range: Range, deps: SalesDeps): Promise<Omit<SalesAnalytics, 'spendDrop'>> {
  const [skuRows, staffRows, dayRows, totals, stores, products] = await Promise.all([
    deps.stats.skuDays(range.from, range.to),
    deps.stats.staffDays(range.from, range.to),
    deps.stats.days(range.from, range.to),
    deps.stats.totals(),
    deps.stores.list(),
    deps.products.list(),
  ]);
  const catalog = new Map(products.map((product) => [product.sku, product]));
  const storeName = new Map(stores.map((store) => [store.storeId, store.name]));

  const bySku = new Map<string, { quantity: number; revenueFen: number }>();
  for (const row of skuRows) {
    const into = bySku.get(row.sku) ?? { quantity: 0, revenueFen: 0 };
    into.quantity += row.quantity;
    into.revenueFen += row.revenueFen;
    bySku.set(row.sku, into);
  }
  const skuRevenue = [...bySku.values()].reduce((sum, sku) => sum + sku.revenueFen, 0);
  // Names and costs from the product list (typed lines of SKUs it does not know keep their code, and no margin).
  const skus = [...bySku]
    .filter(([, figures]) => figures.quantity !== 0 || figures.revenueFen !== 0)
    .map(([sku, figures]) => {
      const product = catalog.get(sku);
      const costFen = product?.costFen ?? null;
      return {
        sku,
        name: product?.name ?? sku,
        ...figures,
        share: shareOf(figures.revenueFen, skuRevenue),
        marginFen: costFen === null ? null : figures.revenueFen - figures.quantity * costFen,
      };
    })
    .sort((a, b) => b.revenueFen - a.revenueFen || b.quantity - a.quantity || a.sku.localeCompare(b.sku));

  const byStaff = new Map<string, Omit<SalesAnalytics['staff'][number], 'rank' | 'name' | 'storeName'>>();
  for (const row of staffRows) {
    const key = `${row.storeId}#${row.staffId}`;
    const into = byStaff.get(key) ?? {
      staffId: row.staffId,
      storeId: row.storeId,
      purchases: 0,
      salesFen: 0,
      refunds: 0,
      refundsFen: 0,
    };
    into.purchases += row.purchases;
    into.salesFen += row.salesFen;
    into.refunds += row.refunds;
    into.refundsFen += row.refundsFen;
    byStaff.set(key, into);
  }
  const ranked = [...byStaff.values()].filter(
    (figures) => figures.purchases || figures.salesFen || figures.refunds || figures.refundsFen,
  );
  const staffNames = await accountNamesOf(
    ranked.map((figures) => ({ openid: figures.staffId, storeId: figures.storeId })),
    deps,
  );
  const staff = ranked
    .sort((a, b) => b.salesFen - a.salesFen || b.purchases - a.purchases || a.staffId.localeCompare(b.staffId))
    .map((figures, index) => ({
      rank: index + 1,
      name: staffNames.get(figures.staffId) ?? accountDisplayName({ role: 'staff', openid: figures.staffId }, null),
      storeName: storeName.get(figures.storeId) ?? figures.storeId,
      ...figures,
    }));

  const perStore = new Map<string, { purchases: number; salesFen: number; refundsFen: number }>();
  for (const day of storeDays(dayRows)) {
    const into = perStore.get(day.storeId) ?? { purchases: 0, salesFen: 0, refundsFen: 0 };
    into.purchases += day.purchases;
    into.salesFen += day.salesFen;
    into.refundsFen += day.refundsFen;
    perStore.set(day.storeId, into);
  }
  const homeStoreIds = Object.keys(totals)
    .filter((field) => field.startsWith(HOME_STORE_PREFIX) && field !== homeStoreField(null))
    .map((field) => field.slice(HOME_STORE_PREFIX.length));
  const storeIds = [...new Set([...stores.map((store) => store.storeId), ...perStore.keys(), ...homeStoreIds])].sort();
  return {
    from: range.from,
    to: range.to,
    skus,
    stores: storeIds.map((storeId) => ({
      storeId,
      name: storeName.get(storeId) ?? storeId,
      ...(perStore.get(storeId) ?? { purchases: 0, salesFen: 0, refundsFen: 0 }),
      homeMembers: totals[homeStoreField(storeId)] ?? 0,
    })),
    staff,
    homeStores: { unknown: totals[homeStoreField(null)] ?? 0, total: totals.members ?? 0 },
  };
}

/** The 消费预警 list: how many, and the first `limit` with both windows' spend, the steepest drop first. */
export async function spendDropList(
  limit: number,
  nowMs: number,
  deps: SalesDeps,
): Promise<SalesAnalytics['spendDrop']> {
  const settings = await deps.programAt(nowMs);
  const holders = await deps.stats.tagHolders(`segment:${SPEND_DROP_SEGMENT}`, limit);
  const [entries, comparisons] = await Promise.all([
    deps.coupons.directoryEntries(holders.memberIds),
    spendComparisons(holders.memberIds, nowMs, settings.timezone, deps),
  ]);
  const sample = entries
    .map((entry) => {
      const spend = comparisons.get(entry.memberId) ?? { previousFen: 0, recentFen: 0 };
      return {
        memberId: entry.memberId,
        memberNo: entry.memberNo,
        nickname: entry.nickname,
        levelCode: entry.levelCode,
        levelName: levelNameOf(settings.levels, entry.levelCode),
        joinedAt: entry.joinedAt,
        ...spend,
        dropShare: spendDropShare(spend),
      };
    })
    .sort((a, b) => b.dropShare - a.dropShare || b.previousFen - a.previousFen || a.memberNo.localeCompare(b.memberNo));
  return { count: holders.count, sample, audience: { segments: [SPEND_DROP_SEGMENT] } };
}
