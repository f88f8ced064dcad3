import { WalletBook, type WalletPosting } from '@app/shared';
import type { MemberRecord, MoneyOrderRecord, TxWrite } from '../../adapters/dynamodb';
import type { AppDeps } from '../../composition';
import { refundThroughWechat } from '../payments/refunds';

/**
 * Money back for an order of a plan or a card, through the channel it was paid by: WeChat Pay (asked after the
 * transaction, with an out_refund_no fixed by the order, so a repeat asks again safely), the wallet (into the lots it
 * came from, principal and bonus in proportion, inside the transaction), or at the till (recorded only).
 */
export async function moneyBackWrites(
  order: MoneyOrderRecord,
  member: MemberRecord,
  refundFen: number,
  context: { nowMs: number; by: string; newId: () => string },
  deps: Pick<AppDeps, 'wallet' | 'payments' | 'pointsAccounts'>,
): Promise<{ writes: TxWrite[]; wallet: WalletPosting | null }> {
  const at = new Date(context.nowMs).toISOString();
  if (refundFen <= 0) return { writes: [], wallet: null };
  if (order.payWith === 'wechat') {
    const payment = await deps.payments.get(order.orderId);
    if (!payment) return { writes: [], wallet: null };
    return {
      writes: [
        deps.payments.refundWrite(payment, {
          outRefundNo: refundNo(order.orderId),
          refundFen,
          status: 'requested',
          at,
        }),
      ],
      wallet: null,
    };
  }
  if (order.payWith === 'wallet' && order.walletTakes) {
    const lots = await deps.wallet.lots(member.memberId);
    const wallet = new WalletBook(lots, {
      nowMs: context.nowMs,
      by: { kind: 'marketer', id: context.by },
      newId: context.newId,
    });
    wallet.restore(proportionally(order.walletTakes, refundFen, order.priceFen), lots, {
      kind: `${order.product}-refund`,
      id: order.orderId,
    });
    const posting = wallet.posting();
    return {
      writes: deps.wallet.writes(member.memberId, posting),
      wallet: posting,
    };
  }
  return { writes: [], wallet: null };
}

/** After the transaction: WeChat Pay is asked to return the money (no-op for the other channels). */
export async function askWechatRefund(
  order: MoneyOrderRecord,
  refundFen: number,
  reason: string,
  deps: Pick<AppDeps, 'wechatPay'>,
) {
  if (order.payWith !== 'wechat' || refundFen <= 0) return;
  await refundThroughWechat(
    {
      outRefundNo: refundNo(order.orderId),
      outTradeNo: order.orderId,
      refundFen,
      totalFen: order.priceFen,
      reason: reason.slice(0, 80),
    },
    deps,
  );
}

const refundNo = (orderId: string) => `RF${orderId}`;

/** The share of each lot's take that a partial refund returns (floored; the last lot takes the remainder). */
function proportionally(takes: NonNullable<MoneyOrderRecord['walletTakes']>, refundFen: number, paidFen: number) {
  const shares: Record<string, { principalFen: number; bonusFen: number }> = {};
  let left = refundFen;
  const entries = Object.entries(takes);
  entries.forEach(([lotId, take], index) => {
    const total = take.principalFen + take.bonusFen;
    const back =
      index === entries.length - 1 ? Math.min(left, total) : Math.min(left, Math.floor((total * refundFen) / paidFen));
    const bonusFen = total === 0 ? 0 : Math.floor((back * take.bonusFen) / total);
    shares[lotId] = { principalFen: back - bonusFen, bonusFen };
    left -= back;
  });
  return shares;
}
