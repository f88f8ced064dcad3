import { P } from './key-prefixes';

/** Keys of the money on the card: stored value (wallet lots and ledger, top-ups, payment orders), paid plans and punch cards. */
export const moneyKeys = {
  walletLot: (memberId: string, lotId: string) => ({ pk: `${P.member}${memberId}`, sk: `${P.walletLot}${lotId}` }),
  walletEntry: (memberId: string, at: string, entryId: string) => ({
    pk: `${P.member}${memberId}`,
    sk: `${P.walletEntry}${at}#${entryId}`,
  }),
  walletPackage: (packageId: string) => ({ pk: P.walletPackages, sk: packageId }),
  topup: (topupId: string) => ({ pk: `${P.topup}${topupId}`, sk: 'META' }),
  /** Sparse: top-ups once paid, by when (the marketer's list and CSV). */
  paidTopupIndex: (paidAt: string, topupId: string) => ({ gsi1pk: P.topups, gsi1sk: `${paidAt}#${topupId}` }),
  /** A member's top-ups, newest first. */
  memberTopupIndex: (memberId: string, createdAt: string, topupId: string) => ({
    gsi2pk: `${P.topups}#${memberId}`,
    gsi2sk: `${createdAt}#${topupId}`,
  }),
  topupReceipt: (storeId: string, receiptNo: string) => ({
    pk: `${P.topupReceipt}${storeId}#${receiptNo}`,
    sk: 'UNIQUE',
  }),
  payOrder: (outTradeNo: string) => ({ pk: `${P.payOrder}${outTradeNo}`, sk: 'META' }),
  /** Sparse: orders awaiting payment, oldest first, for the reconcile job. */
  payOrderDueIndex: (createdAt: string, outTradeNo: string) => ({
    gsi1pk: P.payOrdersDue,
    gsi1sk: `${createdAt}#${outTradeNo}`,
  }),
  plan: (planId: string) => ({ pk: P.plans, sk: planId }),
  moneyOrder: (orderId: string) => ({ pk: `${P.moneyOrder}${orderId}`, sk: 'META' }),
  /** A member's plan and card orders, newest first. */
  memberMoneyOrderIndex: (memberId: string, createdAt: string, orderId: string) => ({
    gsi2pk: `${P.memberMoneyOrders}${memberId}`,
    gsi2sk: `${createdAt}#${orderId}`,
  }),
  planTerm: (memberId: string, startsAt: string, termId: string) => ({
    pk: `${P.member}${memberId}`,
    sk: `${P.planTerm}${startsAt}#${termId}`,
  }),
  /** Every term by its end: the monthly coupons and the 3-day notice find the terms still running. */
  planTermEndIndex: (endsAt: string, termId: string) => ({ gsi1pk: P.planTerms, gsi1sk: `${endsAt}#${termId}` }),
  activationCode: (codeHash: string) => ({ pk: `${P.activationCode}${codeHash}`, sk: 'META' }),
  codeBatch: (batchId: string) => ({ pk: P.codeBatches, sk: batchId }),
  /** A member's failed code attempts in one window (TTL removes it). */
  codeAttempts: (memberId: string, window: number) => ({ pk: `${P.codeAttempts}${memberId}`, sk: String(window) }),
  punchProduct: (productId: string) => ({ pk: P.punchProducts, sk: productId }),
  punchCard: (memberId: string, cardId: string) => ({ pk: `${P.member}${memberId}`, sk: `${P.punchCard}${cardId}` }),
  cardUse: (memberId: string, cardId: string, at: string, useId: string) => ({
    pk: `${P.member}${memberId}`,
    sk: `${P.cardUse}${cardId}#${at}#${useId}`,
  }),
  cardReceipt: (storeId: string, receiptNo: string) => ({
    pk: `${P.cardReceipt}${storeId}#${receiptNo}`,
    sk: 'UNIQUE',
  }),
} as const;
