import type { ApiError } from '../../lib/api-error';
import { discountLabel } from '../../lib/format';

/** 月卡 / 季卡 / 年卡 by the plan's period. */
export const periodLabel = (periodDays: number): string =>
  periodDays >= 365 ? '年卡' : periodDays >= 90 ? '季卡' : periodDays >= 28 ? '月卡' : `${periodDays}天`;

/** The plan's counter benefits in a member's words: 到店消费9折, 积分1.5倍. */
export function benefitWords(benefits: { discountPercent: number | null; pointsMultiplier: number | null }): string[] {
  const words: string[] = [];
  if (benefits.discountPercent !== null) words.push(`到店消费${discountLabel(benefits.discountPercent)}`);
  if (benefits.pointsMultiplier !== null && benefits.pointsMultiplier > 1)
    words.push(`积分${benefits.pointsMultiplier}倍`);
  return words;
}

/** The result of a plan or punch-card order: 已开通 / 还在确认 / 已关闭 / 已取消, and a payment step that failed. */
export type OrderOutcome =
  | { kind: 'paid' }
  | { kind: 'confirming'; orderId: string }
  | { kind: 'closed' }
  | { kind: 'cancelled' }
  | { kind: 'failed'; message: string };

export function orderWords(outcome: OrderOutcome, what: string): { title: string; message: string } {
  switch (outcome.kind) {
    case 'paid':
      return { title: '付款成功', message: `${what}已到账，可以在会员卡上查看。` };
    case 'confirming':
      return { title: '还在确认', message: '如果你已在微信完成付款，通常几秒内到账；不会重复扣款。' };
    case 'closed':
      return { title: '已关闭', message: '这笔订单没有完成付款，已关闭，不会扣款。' };
    case 'cancelled':
      return { title: '已取消', message: '你取消了付款，没有扣款。' };
    case 'failed':
      return { title: '没有购买成功', message: outcome.message };
  }
}

/** Why a code was refused, in the member's words (the server's sentence when it has one). */
export function redeemErrorWords(error: ApiError): string {
  switch (error.code) {
    case 'RATE_LIMITED':
      return '兑换失败次数过多，请一小时后再试';
    case 'CODE_USED':
      return '该兑换码已被使用';
    case 'CODE_EXPIRED':
      return '该兑换码已过期';
    case 'CODE_INVALID':
      return error.message.includes('兑换码') ? error.message : '兑换码无效，请核对后重新输入';
    default:
      return error.message;
  }
}
