import { DomainError } from '@app/shared';
import type { AppDeps } from '../../../composition';

/** An order of a plan or a card (the member polls after paying: still awaiting → WeChat Pay is asked once). */
export async function getOrder(
  orderId: string,
  memberId: string,
  deps: Pick<AppDeps, 'plans'> & { settle: (outTradeNo: string) => Promise<unknown> },
) {
  let order = await deps.plans.order(orderId);
  if (!order || order.memberId !== memberId) throw new DomainError('NOT_FOUND', '订单不存在');
  if (order.status === 'awaiting_payment' && order.payWith === 'wechat') {
    await deps.settle(orderId);
    order = (await deps.plans.order(orderId))!;
  }
  return { orderId: order.orderId, status: order.status, priceFen: order.priceFen, paidAt: order.paidAt };
}
