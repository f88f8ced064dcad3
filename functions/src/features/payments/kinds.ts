import type { PaymentOrderRecord, TxWrite } from '../../adapters/dynamodb';
import type { AppDeps } from '../../composition';
import { moneyOrderPayment, PAYMENT_PREFIX } from '../plans/money-orders';
import { topupPayment } from '../wallet/topup-payment';

/**
 * What a kind of payment order delivers. Adding a kind (a paid plan, a punch card) is one entry here: its prefix of
 * out_trade_no, the writes that fulfil it (committed in one transaction with the order's move to `paid`, so it is
 * fulfilled once whoever gets there first: a notification, a repeat, the reconcile job) and those that mark it closed.
 */
export interface PaymentKind {
  /** Two capital letters that start every out_trade_no of the kind. */
  prefix: string;
  fulfil(
    order: PaymentOrderRecord,
    paid: { nowMs: number; transactionId: string | null },
    deps: AppDeps,
  ): Promise<TxWrite[]>;
  closed(order: PaymentOrderRecord, nowMs: number, deps: AppDeps): Promise<TxWrite[]>;
}

export const paymentKinds: Readonly<Record<string, PaymentKind>> = {
  topup: topupPayment,
  plan: moneyOrderPayment(PAYMENT_PREFIX.plan),
  punch: moneyOrderPayment(PAYMENT_PREFIX.punch),
};

export function kindOfOrder(order: PaymentOrderRecord): PaymentKind {
  const kind = paymentKinds[order.kind];
  if (!kind) throw new Error(`payment kind ${order.kind} is not registered`);
  return kind;
}
