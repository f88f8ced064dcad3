import { addDaysToDate, levelField, type ExportQuery } from '@app/shared';
import { toCsv } from '../../../core/csv';
import { FileBody } from '../../../http/responses';
import { campaignView } from '../../coupons/campaigns';
import { CHURN_SEGMENT, dailySeries, resolveRange, storeDays } from '../figures';
import type { SalesDeps } from '../sales-figures';
import { salesReport } from './sales-reports';

type Deps = SalesDeps;

const CHURN_EXPORT_LIMIT = 10_000;
const CAMPAIGN_EXPORT_LIMIT = 200;

const yuan = (fen: number) => (fen / 100).toFixed(2);

/** One block of the dashboard as CSV, over the same figures the overview shows. */
export async function exportReport(query: ExportQuery, nowMs: number, deps: Deps): Promise<FileBody> {
  const range = await resolveRange(query, nowMs, deps);
  const file = (header: string[], rows: unknown[][]) =>
    new FileBody('text/csv; charset=utf-8', `${query.report}-${range.from}-${range.to}.csv`, toCsv(header, rows));
  switch (query.report) {
    case 'daily': {
      const days = dailySeries(await deps.stats.days(range.from, range.to), range.from, range.to);
      return file(
        ['日期', '新增会员', '签到', '消费笔数', '销售额(元)', '退款(元)', '发放积分', '使用积分', '过期积分'],
        days.map((day) => [
          day.date,
          day.newMembers,
          day.checkins,
          day.purchases,
          yuan(day.salesFen),
          yuan(day.refundsFen),
          day.pointsIssued,
          day.pointsRedeemed,
          day.pointsExpired,
        ]),
      );
    }
    case 'stores': {
      const [rows, stores] = await Promise.all([deps.stats.days(range.from, range.to), deps.stores.list()]);
      const names = new Map(stores.map((store) => [store.storeId, store.name]));
      return file(
        ['日期', '门店编号', '门店', '消费笔数', '销售额(元)', '退款(元)'],
        storeDays(rows).map((day) => [
          day.date,
          day.storeId,
          names.get(day.storeId) ?? day.storeId,
          day.purchases,
          yuan(day.salesFen),
          yuan(day.refundsFen),
        ]),
      );
    }
    case 'levels': {
      const [totals, settings] = await Promise.all([deps.stats.totals(), deps.programAt(nowMs)]);
      return file(
        ['等级代码', '等级', '会员数'],
        settings.levels.map((level) => [level.code, level.name, totals[levelField(level.code)] ?? 0]),
      );
    }
    case 'expiry': {
      const due = await deps.stats.expiring(addDaysToDate(range.today, 1), addDaysToDate(range.today, 90));
      return file(
        ['到期日', '到期积分'],
        [...due].filter(([, points]) => points !== 0).sort(([a], [b]) => a.localeCompare(b)),
      );
    }
    case 'campaigns': {
      const { items } = await deps.coupons.campaigns(CAMPAIGN_EXPORT_LIMIT);
      const views = await Promise.all(items.map((campaign) => campaignView(campaign, deps)));
      return file(
        [
          '活动编号',
          '活动',
          '类型',
          '状态',
          '目标人数',
          '已发券',
          '已核销',
          '核销率',
          '优惠金额(元)',
          '核销带动销售(元)',
        ],
        views.map((view) => [
          view.campaignId,
          view.name,
          view.kind === 'push' ? '定向发券' : '领券',
          view.status,
          view.stats.targeted,
          view.stats.issued,
          view.stats.redeemed,
          view.stats.redemptionRate,
          yuan(view.stats.discountFen),
          yuan(view.stats.salesFen),
        ]),
      );
    }
    case 'churn': {
      const holders = await deps.stats.tagHolders(`segment:${CHURN_SEGMENT}`, CHURN_EXPORT_LIMIT);
      const entries = await deps.coupons.directoryEntries(holders.memberIds);
      return file(
        ['会员号', '昵称', '等级', '入会时间', '最近消费', '累计消费次数'],
        entries
          .sort((a, b) => (a.lastPurchaseAt ?? '').localeCompare(b.lastPurchaseAt ?? ''))
          .map((entry) => [
            entry.memberNo,
            entry.nickname,
            entry.levelCode,
            entry.joinedAt,
            entry.lastPurchaseAt ?? '',
            entry.purchaseCount,
          ]),
      );
    }
    case 'skus':
    case 'staff':
    case 'home-stores':
    case 'spend-drop': {
      const { header, rows } = await salesReport(query.report, range, nowMs, deps);
      return file(header, rows);
    }
    case 'referrals': {
      const ranking = await deps.stats.referralRanking(100);
      return file(
        ['排名', '会员号', '昵称', '成功邀请', '已邀请'],
        ranking.map((standing, index) => [
          index + 1,
          standing.memberNo,
          standing.nickname,
          standing.rewarded,
          standing.invited,
        ]),
      );
    }
  }
}
