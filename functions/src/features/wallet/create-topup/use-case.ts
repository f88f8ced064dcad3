import { DomainError, type TopupCreatedResponse, type TopupRequest } from '@app/shared';
import type { TopupRecord } from '../../../adapters/dynamodb';
import type { AppDeps } from '../../../composition';
import { openPaymentOrder } from '../../payments/payment-orders';
import { topupPayment } from '../topup-payment';
import { topupTerms } from '../topup-terms';
import { toTopupView } from '../views';

/**
 * An online top-up: the top-up awaiting payment and its payment order (id = out_trade_no), with the arguments of
 * `wx.requestPayment`. The wallet is credited only when WeChat Pay says it is paid (notify or reconcile).
 */
export async function createTopup(
  request: TopupRequest,
  memberId: string,
  nowMs: number,
  deps: Pick<AppDeps, 'members' | 'topups' | 'programAt' | 'wechatPay' | 'payments'>,
): Promise<TopupCreatedResponse> {
  const [member, settings] = await Promise.all([deps.members.getById(memberId), deps.programAt(nowMs)]);
  if (!member) throw new DomainError('NOT_FOUND', '会员不存在');
  const terms = await topupTerms(request, settings, deps);
  const { order, payment } = await openPaymentOrder(
    {
      kind: 'topup',
      prefix: topupPayment.prefix,
      subjectId: (outTradeNo) => outTradeNo,
      memberId,
      payerOpenid: member.openid,
      amountFen: terms.payFen,
      description: `${settings.name}-${terms.title}`.slice(0, 127),
    },
    nowMs,
    deps,
  );
  const topup: TopupRecord = {
    topupId: order.outTradeNo,
    memberId,
    memberNo: member.memberNo,
    nickname: member.nickname,
    channel: 'wechat',
    storeId: null,
    receiptNo: null,
    ...terms,
    status: 'awaiting_payment',
    lotId: null,
    giftLotId: null,
    giftCouponIds: [],
    createdAt: order.createdAt,
    paidAt: null,
    businessDate: null,
    refund: null,
    by: member.openid,
  };
  await deps.topups.create(topup);
  return { ...toTopupView(topup), payment };
}
