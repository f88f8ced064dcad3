import { addDaysToDate, zonedTimeToInstant } from '@app/shared';
import type { AppDeps } from '../../../composition';
import { toCsv } from '../../../core/csv';
import { FileBody } from '../../../http/responses';
import { lotsRemaining } from '../lot-remaining';
import { toAdminTopupView } from '../views';

export interface TopupsQuery {
  from: string;
  to: string;
  storeId?: string;
  channel?: 'wechat' | 'counter';
  format?: 'json' | 'csv';
  limit: number;
  cursor?: string;
}

const yuan = (fen: number) => (fen / 100).toFixed(2);

/**
 * Paid top-ups of the business days from..to (program time), of one store and/or channel when asked: a page of the
 * list (newest first, sealed cursor), or the whole range as CSV.
 */
export async function adminTopups(
  query: TopupsQuery,
  nowMs: number,
  deps: Pick<AppDeps, 'topups' | 'programAt' | 'wallet'>,
) {
  const settings = await deps.programAt(nowMs);
  const fromIso = new Date(zonedTimeToInstant(query.from, settings.timezone)).toISOString();
  const toIso = new Date(zonedTimeToInstant(addDaysToDate(query.to, 1), settings.timezone) - 1).toISOString();
  if (query.format !== 'csv') {
    const page = await deps.topups.paidPage(fromIso, toIso, query);
    const remaining = await lotsRemaining(page.items, deps);
    return {
      items: page.items.map((topup) => toAdminTopupView(topup, remaining.get(topup.topupId) ?? null)),
      nextCursor: page.nextCursor,
    };
  }
  const topups = (await deps.topups.paidBetween(fromIso, toIso)).filter(
    (topup) =>
      (!query.storeId || topup.storeId === query.storeId) && (!query.channel || topup.channel === query.channel),
  );
  const items = topups.map((topup) => toAdminTopupView(topup));
  return new FileBody(
    'text/csv; charset=utf-8',
    `topups-${query.from}-${query.to}.csv`,
    toCsv(
      [
        '充值单号',
        '会员号',
        '昵称',
        '渠道',
        '门店',
        '小票号',
        '套餐',
        '实付(元)',
        '赠送(元)',
        '赠送积分',
        '状态',
        '到账时间',
      ],
      items.map((t) => [
        t.topupId,
        t.memberNo,
        t.nickname,
        t.channel === 'wechat' ? '微信支付' : '门店',
        t.storeId ?? '',
        t.receiptNo ?? '',
        t.title,
        yuan(t.payFen),
        yuan(t.bonusFen),
        t.giftPoints,
        t.status === 'refunded' ? '已退款' : '已到账',
        t.paidAt,
      ]),
    ),
  );
}
