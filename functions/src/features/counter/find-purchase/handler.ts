import { DomainError, purchaseLookupQuery } from '@app/shared';
import { appDeps, type AppDeps } from '../../../composition';
import { httpRoute } from '../../../http/route';
import { toPurchaseResponse } from '../record-purchase/use-case';

/** Staff find a purchase of their own store by its receipt number (to refund it). */
export const createHandler = (deps: () => AppDeps = appDeps) =>
  httpRoute(
    {
      access: ['staff'],
      query: purchaseLookupQuery,
      run: async ({ query, principal }) => {
        const purchaseId = await deps().purchases.purchaseIdForReceipt(principal.storeId!, query.receiptNo);
        const purchase = purchaseId ? await deps().purchases.get(purchaseId) : undefined;
        if (!purchase) throw new DomainError('NOT_FOUND', `本店没有小票号为 ${query.receiptNo} 的消费`);
        return {
          ...toPurchaseResponse(purchase),
          memberNo: purchase.memberNo,
          nickname: purchase.nickname,
          refundableFen: purchase.payableFen - purchase.refundedFen,
        };
      },
    },
    deps,
  );

export const handler = createHandler();
