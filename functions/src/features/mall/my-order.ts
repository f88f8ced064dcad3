import { DomainError } from '@app/shared';
import type { OrderRecord } from '../../adapters/dynamodb';
import type { AppDeps } from '../../composition';
import type { Principal } from '../../http/route';

/** The caller's own order; someone else's is answered as missing, so order ids reveal nothing. */
export async function myOrder(
  orderId: string,
  principal: Principal,
  deps: Pick<AppDeps, 'mall'>,
): Promise<OrderRecord> {
  const order = await deps.mall.getOrder(orderId);
  if (!order || order.memberId !== principal.memberId) throw new DomainError('NOT_FOUND', '订单不存在');
  return order;
}
