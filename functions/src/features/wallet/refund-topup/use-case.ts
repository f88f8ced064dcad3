import { businessDateOf, DomainError, WalletBook } from '@app/shared';
import type { TopupRecord, TxWrite } from '../../../adapters/dynamodb';
import type { AppDeps } from '../../../composition';
import { newIdFactory } from '../../../core/ids';
import { retrying, RETRY } from '../../../core/retry';
import type { Principal } from '../../../http/route';
import { refundThroughWechat } from '../../payments/refunds';
import { openBook } from '../../points/account-book';
import { toAdminTopupView } from '../views';

/**
 * A marketer refunds a top-up (with a reason, audited): the lot's remaining principal goes back through the original
 * channel (WeChat Pay's refund API, or at the till for a counter top-up), its remaining bonus is forfeited, and the
 * package's gift is reversed like an upgrade gift (points taken back, debt if spent; unused coupons revoked). One
 * transaction; WeChat Pay is asked after it, with an out_refund_no fixed by the top-up, so a repeat asks again safely.
 */
export async function refundTopup(topupId: string, reason: string, by: Principal, nowMs: number, deps: AppDeps) {
  const settings = await deps.programAt(nowMs);
  const newId = newIdFactory();
  const refunded = await retrying(async () => {
    const topup = await deps.topups.get(topupId);
    if (!topup) throw new DomainError('NOT_FOUND', '充值记录不存在');
    if (topup.status === 'refunded') return topup;
    if (topup.status !== 'paid' || !topup.lotId)
      throw new DomainError('TOPUP_NOT_REFUNDABLE', '该笔充值未到账，不能退款');
    const [member, lots] = await Promise.all([
      deps.members.getById(topup.memberId, true),
      deps.wallet.lots(topup.memberId),
    ]);
    if (!member) throw new DomainError('NOT_FOUND', '会员不存在');
    const actor = { kind: 'marketer' as const, id: by.openid };
    const ref = { kind: 'topup', id: topupId };
    const wallet = new WalletBook(lots, { nowMs, by: actor, newId: () => newId(nowMs) });
    const back = wallet.refundLot(topup.lotId, lots, ref);
    const book = openBook(member, settings, nowMs, actor, () => newId(nowMs));
    if (topup.giftPoints > 0)
      book.debit(
        topup.giftPoints,
        { type: 'reverse', reasonCode: 'topup-refunded', reason: '充值退款，扣回赠送积分', ref },
        { allowDebt: true, preferLotId: topup.giftLotId },
      );
    const at = new Date(nowMs).toISOString();
    const after: TopupRecord = {
      ...topup,
      status: 'refunded',
      refund: { principalFen: back.principalFen, forfeitedBonusFen: back.bonusFen, reason, at },
    };
    const posting = wallet.posting();
    const order = topup.channel === 'wechat' ? await deps.payments.get(topupId) : undefined;
    const writes: TxWrite[] = [
      deps.topups.replaceWrite(after, 'paid'),
      ...deps.wallet.writes(member.memberId, posting),
      ...deps.pointsAccounts.writes({
        member,
        posting: book.posting(),
        update: {
          wallet: posting,
          topupMonth: {
            month: (topup.businessDate ?? businessDateOf(nowMs, settings.timezone)).slice(0, 7),
            principalFen: -back.principalFen,
          },
        },
      }),
      ...(await revokeGiftCoupons(topup, deps)),
      ...(order && back.principalFen > 0
        ? [
            deps.payments.refundWrite(order, {
              outRefundNo: refundNo(topupId),
              refundFen: back.principalFen,
              status: 'requested',
              at,
            }),
          ]
        : []),
      deps.audit.write({
        auditId: newId(nowMs),
        at,
        actor: `marketer:${by.openid}`,
        action: 'wallet.topup.refund',
        target: { kind: 'topup', id: topupId },
        before: { status: topup.status },
        after: { status: 'refunded', ...after.refund },
      }),
    ];
    const outcome = await deps.commit(writes);
    return outcome.ok ? after : RETRY;
  });
  if (refunded.channel === 'wechat' && refunded.refund && refunded.refund.principalFen > 0)
    await refundThroughWechat(
      {
        outRefundNo: refundNo(topupId),
        outTradeNo: topupId,
        refundFen: refunded.refund.principalFen,
        totalFen: refunded.payFen,
        reason,
      },
      deps,
    );
  return toAdminTopupView(refunded);
}

const refundNo = (topupId: string) => `RF${topupId.slice(2)}`;

async function revokeGiftCoupons(topup: TopupRecord, deps: AppDeps): Promise<TxWrite[]> {
  const writes: TxWrite[] = [];
  for (const couponId of topup.giftCouponIds) {
    const coupon = await deps.coupons.coupon(topup.memberId, couponId, true);
    if (coupon?.status === 'available') writes.push(deps.coupons.revokeWrite(coupon));
  }
  return writes;
}
