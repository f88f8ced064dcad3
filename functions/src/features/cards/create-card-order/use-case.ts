import { DomainError } from '@app/shared';
import type { AppDeps } from '../../../composition';
import { orderOnline } from '../../plans/money-orders';

export async function createCardOrder(
  productId: string,
  payWith: 'wechat' | 'wallet',
  memberId: string,
  nowMs: number,
  deps: AppDeps,
) {
  const product = await deps.punchCards.product(productId);
  if (!product?.active) throw new DomainError('NOT_FOUND', '次卡不存在或已下架');
  return orderOnline(
    { product: 'punch', productId, name: product.name, priceFen: product.priceFen },
    payWith,
    memberId,
    nowMs,
    deps,
  );
}
