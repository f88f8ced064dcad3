import { DomainError } from '@app/shared';
import type { AppDeps } from '../../../composition';
import { purchaseNames, toPurchaseResponse } from '../purchase-view';

/** Staff find a purchase of their own store by its receipt number (to refund it). */
export async function findPurchase(
  storeId: string,
  receiptNo: string,
  now: number,
  deps: Pick<AppDeps, 'purchases' | 'programAt' | 'coupons'>,
) {
  const purchaseId = await deps.purchases.purchaseIdForReceipt(storeId, receiptNo);
  const purchase = purchaseId ? await deps.purchases.get(purchaseId) : undefined;
  if (!purchase) throw new DomainError('NOT_FOUND', `本店没有小票号为 ${receiptNo} 的消费`);
  return {
    ...toPurchaseResponse(purchase, await purchaseNames(await deps.programAt(now), deps)),
    memberNo: purchase.memberNo,
    nickname: purchase.nickname,
    refundableFen: purchase.payableFen - purchase.refundedFen,
  };
}
