import { createHash } from 'node:crypto';
import {
  DomainError,
  type MemberCodeClaims,
  type ProgramSettings,
  type PurchaseRequest,
  type PurchaseResponse,
} from '@app/shared';
import type { AppDeps } from '../../composition';
import { purchaseNames, toPurchaseResponse } from './purchase-view';

/* The receipt makes a purchase once-only: what "the same request" means, and the answer to a repeated receipt. */

/** A retried request finds its own purchase; a different one with the same receipt is refused. */
export async function sameRequestOrDuplicate(
  storeId: string,
  receiptNo: string,
  requestHash: string,
  settings: ProgramSettings,
  deps: Pick<AppDeps, 'purchases' | 'coupons'>,
): Promise<PurchaseResponse> {
  const purchaseId = await deps.purchases.purchaseIdForReceipt(storeId, receiptNo);
  const existing = purchaseId ? await deps.purchases.get(purchaseId) : undefined;
  if (existing && existing.requestHash === requestHash)
    return toPurchaseResponse(existing, await purchaseNames(settings, deps));
  throw new DomainError(
    'RECEIPT_DUPLICATE',
    `小票号 ${receiptNo} 已登记过其他消费`,
    existing ? { purchaseId: existing.purchaseId } : undefined,
  );
}

/** The member is named by the code's claims, so a retry sending the code's ticket (or the code) is the same request. */
export const purchaseRequestHash = (request: PurchaseRequest, code: MemberCodeClaims) =>
  createHash('sha256')
    .update(
      JSON.stringify([
        `${code.memberNo}/${code.expiresAtSeconds}/${code.nonce}`,
        request.receiptNo,
        request.amountFen,
        request.items ?? [],
        request.couponIds ?? [],
        // Appended only when used, so the hashes of purchases recorded before wallets existed stay the same.
        ...(request.walletFen || request.pointsToUse ? [request.walletFen ?? 0, request.pointsToUse ?? 0] : []),
      ]),
    )
    .digest('base64url');
