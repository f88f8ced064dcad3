import type { KeyObject } from 'node:crypto';
import { checkPaySign } from './platform-crypto';
import type { RequestPaymentArgs } from './payment-sheet';
import { Ledger, type Order, type RefundRecord, type RefundStatus, refundBody, transactionBody } from './ledger';
import { type NotifyBehaviour, Notifier, PLATFORM_RETRY_SCHEDULE_MS } from './notifier';

/** A fault the next matching API call(s) suffer, for tests of the adapter's retries and typed failures. */
export interface Fault {
  /** Only calls whose path contains this; any call when absent. */
  match?: string;
  /** answer: a signed error answer; disconnect: the connection drops; delay: answered late; bad-signature: tampered. */
  kind: 'answer' | 'disconnect' | 'delay' | 'bad-signature';
  status?: number;
  code?: string;
  message?: string;
  delayMs?: number;
  times?: number;
}

const DEFAULT_BEHAVIOUR: NotifyBehaviour = { copies: 1, delayMs: 0 };

/** The stand-in's platform: orders, refunds, notifications and the test controls over them. */
export class Platform {
  readonly ledger: Ledger;
  readonly notifier: Notifier;
  faults: Fault[] = [];
  private behaviours = new Map<string, NotifyBehaviour>();
  private defaultBehaviour = DEFAULT_BEHAVIOUR;
  /** After this long a refund succeeds on its own; null: it waits for the settle control. */
  refundSettleMs: number | null = 1_000;
  /** Moves the platform's business clock (expiry of orders and prepay ids); signatures keep the real time. */
  clockOffsetMs = 0;
  private readonly timers = new Set<NodeJS.Timeout>();

  constructor(
    private readonly merchant: { mchid: string; appid: string; publicKey: KeyObject },
    keys: { platformKey: KeyObject; keyId: string; apiV3Key: string },
  ) {
    this.ledger = new Ledger(merchant);
    this.notifier = new Notifier(keys);
  }

  now(): number {
    return Date.now() + this.clockOffsetMs;
  }

  setBehaviour(behaviour: Partial<NotifyBehaviour> & { outTradeNo?: string }): void {
    const { outTradeNo, ...rest } = behaviour;
    if (outTradeNo) this.behaviours.set(outTradeNo, { ...this.defaultBehaviour, ...rest });
    else this.defaultBehaviour = { ...this.defaultBehaviour, ...rest };
  }

  nextFault(path: string): Fault | undefined {
    const index = this.faults.findIndex((fault) => !fault.match || path.includes(fault.match));
    if (index < 0) return undefined;
    const fault = this.faults[index]!;
    fault.times = (fault.times ?? 1) - 1;
    if (fault.times <= 0) this.faults.splice(index, 1);
    return fault;
  }

  orderByPrepayId(prepayId: string): Order | undefined {
    return [...this.ledger.orders.values()].find((order) => order.prepayId === prepayId);
  }

  /** What wx.requestPayment checks before it shows the sheet: paySign, then whether the order can be paid now. */
  payable(args: RequestPaymentArgs): { ok: true; order: Order } | { ok: false; message: string } {
    if (!checkPaySign(args, this.merchant.appid, this.merchant.publicKey))
      return { ok: false, message: '支付验证签名失败' };
    const order = this.orderByPrepayId(args.package.replace(/^prepay_id=/, ''));
    const refusal = this.ledger.refusalToPay(order, this.now());
    return refusal || !order ? { ok: false, message: refusal ?? '订单不存在' } : { ok: true, order };
  }

  /** The member confirmed: the order is paid and its notification goes out (as the order's behaviour says). */
  pay(order: Order): void {
    this.ledger.pay(order, this.now());
    this.notifyPaid(order, this.behaviours.get(order.outTradeNo) ?? this.defaultBehaviour);
  }

  notifyPaid(order: Order, behaviour: NotifyBehaviour): void {
    this.notifier.notify(
      {
        url: order.notifyUrl,
        eventType: 'TRANSACTION.SUCCESS',
        summary: '支付成功',
        originalType: 'transaction',
        outTradeNo: order.outTradeNo,
      },
      transactionBody(order),
      behaviour,
    );
  }

  refundCreated(refund: RefundRecord): void {
    if (this.refundSettleMs === null) return;
    const timer = setTimeout(() => {
      this.timers.delete(timer);
      if (refund.status === 'PROCESSING') this.settleRefund(refund, 'SUCCESS');
    }, this.refundSettleMs);
    this.timers.add(timer);
  }

  settleRefund(refund: RefundRecord, status: Exclude<RefundStatus, 'PROCESSING'>): void {
    this.ledger.settleRefund(refund, status, this.now());
    if (!refund.notifyUrl) return;
    const summary = { SUCCESS: '退款成功', ABNORMAL: '退款异常', CLOSED: '退款关闭' }[status];
    this.notifier.notify(
      {
        url: refund.notifyUrl,
        eventType: `REFUND.${status}`,
        summary,
        originalType: 'refund',
        outTradeNo: refund.order.outTradeNo,
      },
      refundBody(refund, true),
      this.behaviours.get(refund.order.outTradeNo) ?? this.defaultBehaviour,
    );
  }

  reset(): void {
    this.stop();
    this.ledger.orders.clear();
    this.ledger.refunds.clear();
    this.notifier.deliveries.length = 0;
    this.notifier.retryScheduleMs = PLATFORM_RETRY_SCHEDULE_MS;
    this.faults = [];
    this.behaviours.clear();
    this.defaultBehaviour = DEFAULT_BEHAVIOUR;
    this.refundSettleMs = 1_000;
    this.clockOffsetMs = 0;
  }

  stop(): void {
    this.notifier.stop();
    for (const timer of this.timers) clearTimeout(timer);
    this.timers.clear();
  }
}
