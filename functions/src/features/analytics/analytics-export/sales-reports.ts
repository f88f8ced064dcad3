import type { SalesAnalytics } from '@app/shared';
import type { Range } from '../figures';
import { type SalesDeps, salesFigures, spendDropList } from '../sales-figures';

type Deps = SalesDeps;
type SalesReport = 'skus' | 'staff' | 'home-stores' | 'spend-drop';

const SPEND_DROP_EXPORT_LIMIT = 10_000;
const yuan = (fen: number) => (fen / 100).toFixed(2);
const percent = (share: number) => `${(share * 100).toFixed(2)}%`;

/** The CSV header and rows of one sales report (issue 19), over the same figures `GET …/analytics/sales` shows. */
export async function salesReport(
  report: SalesReport,
  range: Range,
  nowMs: number,
  deps: Deps,
): Promise<{ header: string[]; rows: unknown[][] }> {
  if (report === 'spend-drop') {
    const { sample } = await spendDropList(SPEND_DROP_EXPORT_LIMIT, nowMs, deps);
    return {
      header: ['会员号', '昵称', '等级', '前90天消费(元)', '近90天消费(元)', '下降'],
      rows: sample.map((member) => [
        member.memberNo,
        member.nickname,
        member.levelName,
        yuan(member.previousFen),
        yuan(member.recentFen),
        percent(member.dropShare),
      ]),
    };
  }
  const figures: Omit<SalesAnalytics, 'spendDrop'> = await salesFigures(range, deps);
  switch (report) {
    case 'skus':
      return {
        header: ['排名', 'SKU', '商品', '销量', '销售额(元)', '占比', '毛利(元)'],
        rows: figures.skus.map((sku, index) => [
          index + 1,
          sku.sku,
          sku.name,
          sku.quantity,
          yuan(sku.revenueFen),
          percent(sku.share),
          sku.marginFen === null ? '' : yuan(sku.marginFen),
        ]),
      };
    case 'staff':
      return {
        header: ['排名', '员工', '门店编号', '门店', '消费笔数', '销售额(元)', '退款笔数', '退款(元)'],
        rows: figures.staff.map((staff) => [
          staff.rank,
          staff.name,
          staff.storeId,
          staff.storeName,
          staff.purchases,
          yuan(staff.salesFen),
          staff.refunds,
          yuan(staff.refundsFen),
        ]),
      };
    case 'home-stores':
      return {
        header: ['门店编号', '门店', '归属会员', '消费笔数', '销售额(元)', '退款(元)'],
        rows: [
          ...figures.stores.map((store) => [
            store.storeId,
            store.name,
            store.homeMembers,
            store.purchases,
            yuan(store.salesFen),
            yuan(store.refundsFen),
          ]),
          ['', '未归属门店', figures.homeStores.unknown, '', '', ''],
        ],
      };
  }
}
