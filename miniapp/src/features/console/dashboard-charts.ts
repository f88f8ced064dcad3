import type { AnalyticsOverview } from '@app/shared';
import { shortStoreName } from '../../lib/format';
import type { ChartSeries } from './chart-math';
import { yuan } from './dashboard-words';

/** The dashboard's colours, in the order the charts take them. */
export const PALETTE = ['#6f4e37', '#c8602d', '#3f8f5a', '#3d7ea6', '#c8a27a', '#8a6fb0', '#b4432f'];

const bars = (name: string, color: number, values: number[]): ChartSeries => ({
  name,
  kind: 'bar',
  color: PALETTE[color]!,
  values,
});
const line = (name: string, color: number, values: number[]): ChartSeries => ({
  ...bars(name, color, values),
  kind: 'line',
});

type DailyCount =
  | 'newMembers'
  | 'checkins'
  | 'purchases'
  | 'salesFen'
  | 'pointsIssued'
  | 'pointsRedeemed'
  | 'pointsExpired';

/** The series of the overview's charts: by day (members, purchases, sales per store, points), levels, campaigns. */
export function dashboardCharts(overview: AnalyticsOverview) {
  const { daily } = overview;
  const perDay = (key: DailyCount) => daily.map((day) => day[key]);
  const perCampaign = (key: 'targeted' | 'issued' | 'redeemed') => overview.campaigns.map((one) => one[key]);
  const levelCounts = overview.members.byLevel.map((level) => level.count);
  const days = daily.map((day) => day.date);
  const stores = overview.stores.slice(0, 5);
  const storeSales = stores.map((store, index) =>
    line(
      shortStoreName(store.name),
      (index + 1) % PALETTE.length,
      days.map((date) =>
        yuan(overview.storeDaily.find((row) => row.date === date && row.storeId === store.storeId)?.salesFen ?? 0),
      ),
    ),
  );
  return {
    days,
    members: [bars('新增会员', 4, perDay('newMembers')), line('签到', 0, perDay('checkins'))],
    purchases: [bars('消费笔数', 4, perDay('purchases'))],
    sales: [line('合计', 0, perDay('salesFen').map(yuan)), ...(stores.length > 1 ? storeSales : [])],
    points: [
      bars('发放', 2, perDay('pointsIssued')),
      bars('使用', 1, perDay('pointsRedeemed')),
      bars('过期', 4, perDay('pointsExpired')),
    ],
    levels: [bars('会员数', 0, levelCounts)],
    funnel: [
      bars('目标', 4, perCampaign('targeted')),
      bars('已发放', 1, perCampaign('issued')),
      bars('已核销', 2, perCampaign('redeemed')),
    ],
  };
}

/** The range's sums of the daily figures the block hints show. */
export function dailyTotals(overview: AnalyticsOverview) {
  return overview.daily.reduce(
    (sum, day) => ({
      checkins: sum.checkins + day.checkins,
      purchases: sum.purchases + day.purchases,
      salesFen: sum.salesFen + day.salesFen,
      refundsFen: sum.refundsFen + day.refundsFen,
    }),
    { checkins: 0, purchases: 0, salesFen: 0, refundsFen: 0 },
  );
}
