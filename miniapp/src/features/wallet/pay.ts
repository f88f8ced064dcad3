import Taro from '@tarojs/taro';
import type { TopupCreatedResponse } from '@app/shared';
import { env, isWeapp } from '../../config/env';

export type PayStep = 'paid' | 'cancelled' | { failed: string } | 'left-for-sheet';

/**
 * The payment step with the server's arguments. In WeChat: `Taro.requestPayment` shows WeChat's sheet. In the H5
 * build of the local stack: the WeChat Pay stand-in's sheet page, which sends the member back to `returnUrl` with
 * `pay_result`; the page then polls the top-up (the notification, not this answer, credits the wallet).
 */
export async function payTopup(topup: Pick<TopupCreatedResponse, 'payment'>, returnUrl: string): Promise<PayStep> {
  if (isWeapp) {
    try {
      await Taro.requestPayment({ ...topup.payment });
      return 'paid';
    } catch (error) {
      const errMsg = String((error as { errMsg?: string } | undefined)?.errMsg ?? '');
      if (errMsg.includes('cancel')) return 'cancelled';
      return { failed: '微信支付没有完成，请稍后再试' };
    }
  }
  if (!env.paySheetUrl) return { failed: '请在微信中打开小程序完成充值' };
  const query = new URLSearchParams({ ...topup.payment, redirect_url: returnUrl });
  window.location.assign(`${env.paySheetUrl}?${query.toString()}`);
  return 'left-for-sheet';
}

/** The H5 page's own address with the top-up (or money order: `param` orderId) to come back to (the sheet adds pay_result). */
export function returnUrlFor(topupId: string, param: 'topupId' | 'orderId' = 'topupId'): string {
  if (isWeapp) return '';
  const here = window.location.href.replace(/[?&]pay_result=[^&#]*/g, '');
  const [base, hash = ''] = here.split('#');
  const route = hash.split('?')[0] || '/pages/topup/index';
  return `${base}#${route}?${param}=${encodeURIComponent(topupId)}`;
}

const POLLS = 8;
const POLL_MS = 1_000;

/**
 * After the payment step: asks where the order (a top-up, a plan or card order) stands, once a second for a few
 * seconds, until it is paid (or already refunded) or closed. Null: still being confirmed (还在确认).
 */
export async function settledOrder<T extends { status: string }>(
  read: () => Promise<T>,
  alive: () => boolean,
): Promise<T | null> {
  for (let poll = 0; poll < POLLS && alive(); poll++) {
    const order = await read();
    if (order.status === 'paid' || order.status === 'refunded' || order.status === 'closed') return order;
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
  return null;
}
