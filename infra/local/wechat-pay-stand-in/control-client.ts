import type { Delivery, NotifyBehaviour } from './notifier';
import type { RequestPaymentArgs } from './payment-sheet';
import type { Fault } from './platform';

export interface StandInState {
  orders: Array<{
    out_trade_no: string;
    trade_state: string;
    transaction_id?: string;
    prepay_id: string;
    notify_url: string;
    description: string;
    amount: { total: number };
  }>;
  refunds: Array<{ out_refund_no: string; out_trade_no: string; refund: number; status: string }>;
  deliveries: Delivery[];
  /** Notification attempts waiting or under way. */
  pendingDeliveries: number;
}

/** wx.requestPayment's part: checks paySign, then pays or cancels → { errMsg: 'requestPayment:ok' | … }. */
export const REQUEST_PAYMENT_PATH = '/control/request-payment';

/**
 * The WeChat Pay stand-in's test controls over HTTP (the stand-in runs in the process that started the stack,
 * tests in another). `npm test` hands its URL to tests as TEST_WECHATPAY_URL.
 */
export function wechatPayControls(baseUrl: string) {
  const send = async <T>(method: 'GET' | 'POST', path: string, body?: unknown): Promise<T> => {
    const response = await fetch(`${baseUrl}/control${path}`, {
      method,
      headers: body === undefined ? undefined : { 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await response.text();
    if (response.status >= 400) throw new Error(`stand-in control ${path}: ${response.status} ${text}`);
    return (text ? JSON.parse(text) : undefined) as T;
  };
  const controls = {
    state: () => send<StandInState>('GET', '/state'),
    /** As wx.requestPayment would: checks paySign, then pays (or cancels) → { errMsg: 'requestPayment:ok' | … }. */
    requestPayment: (args: RequestPaymentArgs, action: 'pay' | 'cancel' = 'pay') =>
      send<{ errMsg: string }>('POST', REQUEST_PAYMENT_PATH.replace(/^\/control/, ''), { ...args, action }),
    pay: (outTradeNo: string) => send<Record<string, unknown>>('POST', `/orders/${encodeURIComponent(outTradeNo)}/pay`),
    /** The payment notification once more (a late repeat), now or after delayMs. */
    notifyAgain: (outTradeNo: string, behaviour: Partial<NotifyBehaviour> = {}) =>
      send<void>('POST', `/orders/${encodeURIComponent(outTradeNo)}/notify`, behaviour),
    /** For payments from now on (of one order, or all): 0 = never notify, 2 = two copies at once; delayMs = late. */
    notifyBehaviour: (behaviour: Partial<NotifyBehaviour> & { outTradeNo?: string }) =>
      send<void>('POST', '/notify-behaviour', behaviour),
    settleRefund: (outRefundNo: string, status: 'SUCCESS' | 'ABNORMAL' | 'CLOSED') =>
      send<void>('POST', `/refunds/${encodeURIComponent(outRefundNo)}/settle`, { status }),
    /** Notification retry schedule; refund settle delay (null: settleRefund decides); the platform's business clock. */
    configure: (config: { retryScheduleMs?: number[]; refundSettleMs?: number | null; clockOffsetMs?: number }) =>
      send<void>('POST', '/config', config),
    fault: (fault: Fault) => send<void>('POST', '/faults', fault),
    reset: () => send<void>('POST', '/reset'),
    /** Polls the state until `ready` holds (deliveries are asynchronous). */
    async waitFor(ready: (state: StandInState) => boolean, timeoutMs = 10_000): Promise<StandInState> {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        const state = await controls.state();
        if (ready(state)) return state;
        if (Date.now() > deadline)
          throw new Error(`stand-in state not reached in ${timeoutMs} ms: ${JSON.stringify(state)}`);
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    },
    /** Waits until no notification is waiting or under way (e.g. before the next test resets the stand-in). */
    settled: (timeoutMs = 10_000) => controls.waitFor((state) => state.pendingDeliveries === 0, timeoutMs),
  };
  return controls;
}
