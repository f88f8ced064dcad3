import { DomainError, type OrderCreatedResponse } from '@app/shared';
import type {
  MemberRecord,
  MemberUpdate,
  MoneyOrderRecord,
  PaymentOrderRecord,
  TxWrite,
} from '../../adapters/dynamodb';
import type { AppDeps } from '../../composition';
import { newIdFactory } from '../../core/ids';
import { retrying, RETRY } from '../../core/retry';
import { openPaymentOrder } from '../payments/payment-orders';
import { deliver } from './deliver';
import { openWallet } from '../wallet/open-wallet';

export interface Sellable {
  product: MoneyOrderRecord['product'];
  productId: string;
  name: string;
  priceFen: number;
}

/** The member item's one write in a transaction: the delivery's fields (a plan) and the wallet's totals. */
export function memberWrites(member: MemberRecord, update: MemberUpdate, deps: Pick<AppDeps, 'pointsAccounts'>) {
  const fields = update.fields ?? {};
  if (Object.keys(fields).length === 0 && !update.wallet) return [];
  return deps.pointsAccounts.writes({ member, update });
}

/** A new order record (the caller sets how it is paid and its state). */
export const newOrder = (
  orderId: string,
  item: Sellable,
  memberId: string,
  fields: Pick<MoneyOrderRecord, 'payWith' | 'status' | 'by'> & Partial<MoneyOrderRecord>,
  nowMs: number,
): MoneyOrderRecord => ({
  orderId,
  memberId,
  product: item.product,
  productId: item.productId,
  name: item.name,
  priceFen: item.priceFen,
  createdAt: new Date(nowMs).toISOString(),
  paidAt: null,
  walletTakes: null,
  deliveredId: null,
  storeId: null,
  receiptNo: null,
  ...fields,
});

export const PAYMENT_PREFIX = { plan: 'PL', punch: 'PC' } as const;

/**
 * A member buys a plan or a punch card: with WeChat Pay (the one payment-order mechanism: delivered when WeChat Pay
 * says paid), or from the wallet (paid and delivered in one transaction; WALLET_INSUFFICIENT writes nothing).
 */
export async function orderOnline(
  item: Sellable,
  payWith: 'wechat' | 'wallet',
  memberId: string,
  nowMs: number,
  deps: AppDeps,
): Promise<OrderCreatedResponse> {
  const member = await deps.members.getById(memberId);
  if (!member) throw new DomainError('NOT_FOUND', '会员不存在');
  if (payWith === 'wechat') {
    const settings = await deps.programAt(nowMs);
    const { order, payment } = await openPaymentOrder(
      {
        kind: item.product,
        prefix: PAYMENT_PREFIX[item.product],
        subjectId: (outTradeNo) => outTradeNo,
        memberId,
        payerOpenid: member.openid,
        amountFen: item.priceFen,
        description: `${settings.name}-${item.name}`.slice(0, 127),
      },
      nowMs,
      deps,
    );
    const created = newOrder(
      order.outTradeNo,
      item,
      memberId,
      { payWith, status: 'awaiting_payment', by: member.openid },
      nowMs,
    );
    const outcome = await deps.commit([deps.plans.orderCreateWrite(created)]);
    if (!outcome.ok) throw new DomainError('BUSY');
    return { orderId: created.orderId, status: created.status, priceFen: created.priceFen, payment };
  }
  const orderId = `${PAYMENT_PREFIX[item.product]}${newIdFactory()(nowMs)}`;
  const newId = newIdFactory();
  return retrying(async () => {
    const fresh = await deps.members.getById(memberId, true);
    if (!fresh) throw new DomainError('NOT_FOUND', '会员不存在');
    const wallet = await openWallet(
      fresh,
      { nowMs, by: { kind: 'member', id: fresh.openid }, newId: () => newId(nowMs) },
      deps,
    );
    const paid = wallet.pay(item.priceFen, { kind: `${item.product}-order`, id: orderId });
    const base = newOrder(orderId, item, memberId, { payWith, status: 'paid', by: fresh.openid }, nowMs);
    const delivery = await deliver(base, fresh, nowMs, deps);
    const order = { ...base, paidAt: base.createdAt, walletTakes: paid.takes, deliveredId: delivery.deliveredId };
    const posting = wallet.posting();
    const outcome = await deps.commit([
      deps.plans.orderCreateWrite(order),
      ...deps.wallet.writes(memberId, posting),
      ...memberWrites(fresh, { fields: delivery.memberFields, wallet: posting }, deps),
      ...delivery.writes,
    ]);
    if (!outcome.ok) return RETRY;
    return { orderId, status: order.status, priceFen: order.priceFen };
  });
}

/** Plans and punch cards as kinds of payment order (features/payments/kinds.ts): paid → delivered, once. */
export const moneyOrderPayment = (prefix: string) => ({
  prefix,
  async fulfil(payOrder: PaymentOrderRecord, paid: { nowMs: number }, deps: AppDeps): Promise<TxWrite[]> {
    const [order, member] = await Promise.all([
      deps.plans.order(payOrder.subjectId),
      deps.members.getById(payOrder.memberId, true),
    ]);
    if (!order || !member) throw new DomainError('NOT_FOUND', '订单不存在');
    const delivery = await deliver(order, member, paid.nowMs, deps);
    const at = new Date(paid.nowMs).toISOString();
    return [
      deps.plans.orderReplaceWrite(
        { ...order, status: 'paid', paidAt: at, deliveredId: delivery.deliveredId },
        'awaiting_payment',
      ),
      ...delivery.writes,
      ...memberWrites(member, { fields: delivery.memberFields }, deps),
    ];
  },
  async closed(payOrder: PaymentOrderRecord, _nowMs: number, deps: AppDeps): Promise<TxWrite[]> {
    const order = await deps.plans.order(payOrder.subjectId);
    if (order?.status !== 'awaiting_payment') return [];
    return [deps.plans.orderReplaceWrite({ ...order, status: 'closed' }, 'awaiting_payment')];
  },
});
