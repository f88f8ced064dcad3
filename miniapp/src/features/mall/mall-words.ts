import { MAX_ORDER_QUANTITY, type MallItemView } from '@app/shared';
import type { ApiError } from '../../lib/api-error';
import { formatDateZh, formatNumber, formatTime } from '../../lib/format';
import { formatFen } from '../../lib/money';

/** Days a pickup code is good for (the server's PICKUP_DAYS). */
export const PICKUP_DAYS = 30;

/** A unit count is "low" from here down: the card then says 仅剩 N 件. */
export const LOW_STOCK = 10;

/** The short state label of an item the caller cannot redeem, from the server's `reason` code. */
const REASON_LABELS: Record<string, string> = {
  POINTS_INSUFFICIENT: '积分不足',
  POINTS_IN_DEBT: '积分欠款未还清',
  LEVEL_TOO_LOW: '等级不足',
  STOCK_EXHAUSTED: '已兑完',
  SALE_NOT_STARTED: '未开始',
  SALE_ENDED: '已结束',
  LIMIT_REACHED: '已达限兑',
};

/** 银卡会员及以上 — who may redeem an item with a minimum level. */
export const levelRequirement = (minLevelName: string | null): string | null =>
  minLevelName ? `${minLevelName}及以上` : null;

/**
 * The state label of a card and of the disabled 立即兑换 button: 积分不足, 等级不足 · 银卡会员及以上, 已兑完, 未开始,
 * 已结束, 已达限兑, 积分欠款未还清; null when the item can be redeemed. An unknown code reads 暂不可兑.
 */
export function reasonLabel(item: Pick<MallItemView, 'redeemable' | 'reason' | 'minLevelName'>): string | null {
  if (item.redeemable) return null;
  if (!item.reason) return '暂不可兑';
  const label = REASON_LABELS[item.reason] ?? '暂不可兑';
  const level = item.reason === 'LEVEL_TOO_LOW' ? levelRequirement(item.minLevelName) : null;
  return level ? `${label} · ${level}` : label;
}

/** The reason alone, short enough for a button: 积分不足, 等级不足, 已兑完 …; null when redeemable. */
export function reasonShort(item: Pick<MallItemView, 'redeemable' | 'reason'>): string | null {
  if (item.redeemable) return null;
  return (item.reason && REASON_LABELS[item.reason]) || '暂不可兑';
}

/** The reason in a sentence, above the disabled button of the item page (what the member can do about it). */
export function reasonExplanation(
  item: Pick<MallItemView, 'redeemable' | 'reason' | 'minLevelName' | 'points' | 'perMemberLimit' | 'saleFrom'>,
  balance: number | null,
): string | null {
  if (item.redeemable) return null;
  switch (item.reason) {
    case 'POINTS_INSUFFICIENT': {
      const missing = balance !== null ? item.points - Math.max(balance, 0) : 0;
      return missing > 0
        ? `还差 ${formatNumber(missing)} 积分，消费、签到都能攒积分`
        : '积分不足，消费、签到都能攒积分';
    }
    case 'POINTS_IN_DEBT':
      return '你还有积分欠款未还清，还清后才能兑换';
    case 'LEVEL_TOO_LOW':
      return item.minLevelName ? `${item.minLevelName}及以上会员才能兑换` : '你的会员等级还不能兑换这件礼品';
    case 'STOCK_EXHAUSTED':
      return '这件礼品已经兑完了，看看别的吧';
    case 'SALE_NOT_STARTED':
      return item.saleFrom
        ? `兑换将于 ${formatDateZh(item.saleFrom)} ${formatTime(item.saleFrom)} 开始`
        : '兑换还没有开始';
    case 'SALE_ENDED':
      return '这件礼品的兑换已经结束了';
    case 'LIMIT_REACHED':
      return item.perMemberLimit !== null
        ? `每人限兑 ${item.perMemberLimit} 件，你已经兑满了`
        : '已达到这件礼品的限兑数量';
    default:
      return '这件礼品暂时不能兑换';
  }
}

/** A modifier for the label's colour: `soldout` greys the whole card, `wait` is a sale that has not started. */
export function reasonTone(reason: string | null): 'soldout' | 'wait' | 'locked' {
  if (reason === 'STOCK_EXHAUSTED' || reason === 'SALE_ENDED') return 'soldout';
  if (reason === 'SALE_NOT_STARTED') return 'wait';
  return 'locked';
}

/** The card's stock line: 已兑完 at 0, 仅剩 N 件 when low, nothing when plenty or unlimited (null stock). */
export function stockLabel(stock: number | null): string | null {
  if (stock === null) return null;
  if (stock <= 0) return '已兑完';
  if (stock <= LOW_STOCK) return `仅剩 ${stock} 件`;
  return null;
}

/** The stock fact on the item page: 不限量, 剩余 120 件, 已兑完. */
export function stockFact(stock: number | null): string {
  if (stock === null) return '不限量';
  if (stock <= 0) return '已兑完';
  return `剩余 ${formatNumber(stock)} 件`;
}

/** 1,200 积分, or 1,200 积分 + ¥9.90 when cash is paid at pickup too. */
export function priceText(points: number, cashFen: number): string {
  return cashFen > 0 ? `${formatNumber(points)} 积分 + ${formatFen(cashFen)}` : `${formatNumber(points)} 积分`;
}

/** 每人限兑 2 件（已兑 1 件） · 每单限兑 1 件; null when there are no limits. */
export function limitsText(
  item: Pick<MallItemView, 'perMemberLimit' | 'perOrderLimit' | 'redeemedByMe'>,
): string | null {
  const parts: string[] = [];
  if (item.perMemberLimit !== null) {
    parts.push(
      item.redeemedByMe > 0
        ? `每人限兑 ${item.perMemberLimit} 件（已兑 ${item.redeemedByMe} 件）`
        : `每人限兑 ${item.perMemberLimit} 件`,
    );
  }
  if (item.perOrderLimit !== null) parts.push(`每单限兑 ${item.perOrderLimit} 件`);
  return parts.length ? parts.join('，') : null;
}

/** The sale window: 2026年11月1日 至 2026年12月31日, 2026年11月1日 起, 至 2026年12月31日; null when always on sale. */
export function saleWindowText(saleFrom: string | null, saleUntil: string | null): string | null {
  // saleUntil is the first moment the sale is over: the last day it is on is the day before when it ends at midnight.
  const until = saleUntil ? formatDateZh(new Date(Date.parse(saleUntil) - 1).toISOString()) : null;
  const from = saleFrom ? formatDateZh(saleFrom) : null;
  if (from && until) return `${from} 至 ${until}`;
  if (from) return `${from} 起`;
  if (until) return `至 ${until}`;
  return null;
}

export interface QuantityBound {
  /** The most units this order may ask for (at least 1). */
  max: number;
  /** Why no more: shown under the stepper when the member reaches it. */
  why: string;
}

/**
 * How many units one order may ask for: bounded by the per-order limit, what is left of the per-member limit,
 * the stock, the points (balance ÷ points per unit) and the contract's 99. Never below 1: whether even one can be
 * redeemed is the server's `redeemable`.
 */
export function quantityBound(
  item: Pick<MallItemView, 'points' | 'stock' | 'perMemberLimit' | 'perOrderLimit' | 'redeemedByMe'>,
  balance: number | null,
): QuantityBound {
  const bounds: QuantityBound[] = [{ max: MAX_ORDER_QUANTITY, why: `每单最多兑换 ${MAX_ORDER_QUANTITY} 件` }];
  if (item.perOrderLimit !== null) bounds.push({ max: item.perOrderLimit, why: `每单限兑 ${item.perOrderLimit} 件` });
  if (item.perMemberLimit !== null) {
    const left = item.perMemberLimit - item.redeemedByMe;
    bounds.push({
      max: left,
      why:
        item.redeemedByMe > 0
          ? `每人限兑 ${item.perMemberLimit} 件，你还可兑 ${Math.max(left, 0)} 件`
          : `每人限兑 ${item.perMemberLimit} 件`,
    });
  }
  if (item.stock !== null) bounds.push({ max: item.stock, why: `库存仅剩 ${item.stock} 件` });
  if (balance !== null && item.points > 0) {
    const affordable = Math.floor(Math.max(balance, 0) / item.points);
    bounds.push({ max: affordable, why: `你的积分最多可兑 ${affordable} 件` });
  }
  const tightest = bounds.reduce((best, bound) => (bound.max < best.max ? bound : best));
  return { max: Math.max(1, tightest.max), why: tightest.why };
}

/** What a refused redemption (409) means for the member, in a sentence. */
export function redeemErrorMessage(error: ApiError): string {
  switch (error.code) {
    case 'POINTS_INSUFFICIENT':
      return '积分不足，兑换不了这么多，请减少数量';
    case 'POINTS_IN_DEBT':
      return '你还有积分欠款未还清，暂时不能兑换';
    case 'LEVEL_TOO_LOW':
      return '你的会员等级还不能兑换这件礼品';
    case 'STOCK_EXHAUSTED':
      return '库存不足，这件礼品刚刚被兑完了';
    case 'LIMIT_REACHED':
      return '已达到这件礼品的限兑数量';
    case 'SALE_NOT_STARTED':
      return '兑换还没有开始，请稍后再来';
    case 'SALE_ENDED':
      return '兑换已经结束了';
    case 'ITEM_NOT_OFFERED':
    case 'NOT_FOUND':
      return '这件礼品已下架，看看别的吧';
    case 'NETWORK':
      return '网络不太好，没有收到结果，请点击重试（不会重复扣积分）';
    default:
      return error.message;
  }
}

/** A refusal that says the item or the member changed: the page reloads what it shows. */
export const isRefusal = (error: ApiError): boolean => error.status === 409 || error.status === 404;

/**
 * The placeholder tile of an item without a picture: one of a few warm coffee tones, chosen by the category
 * (the same category always gets the same tone), with the first character of the name.
 */
const TILE_TONES: ReadonlyArray<{ background: string; color: string }> = [
  { background: 'linear-gradient(145deg, #e9d3b8 0%, #c79b72 100%)', color: '#5a3b28' },
  { background: 'linear-gradient(145deg, #d9b48f 0%, #9c6b47 100%)', color: '#fff8ef' },
  { background: 'linear-gradient(145deg, #f1e2cf 0%, #dcbf9c 100%)', color: '#6f4e37' },
  { background: 'linear-gradient(145deg, #b98a66 0%, #6f4e37 100%)', color: '#fbeee0' },
  { background: 'linear-gradient(145deg, #e7c9a9 0%, #c8602d 130%)', color: '#fff8ef' },
  { background: 'linear-gradient(145deg, #8a6a55 0%, #3f2a1e 100%)', color: '#f3e3c3' },
  { background: 'linear-gradient(145deg, #e4c6b4 0%, #a86f58 100%)', color: '#fff8ef' },
];

/** djb2 over the category name; seven tones (a prime count spreads short CJK names well). */
export function tileTone(category: string): { background: string; color: string } {
  let hash = 5381;
  for (let i = 0; i < category.length; i++) hash = ((hash * 33) ^ category.charCodeAt(i)) >>> 0;
  return TILE_TONES[hash % TILE_TONES.length]!;
}

/**
 * The glyph of a placeholder tile: the name's first character (a whole code point). A leading 咖啡 is skipped when
 * more follows — in a coffee shop's mall most names start with it, and 勺 / 滤 / 风 tell the tiles apart.
 */
export function tileGlyph(name: string): string {
  const chars = Array.from(name.trim());
  const start = chars.length > 2 && chars[0] === '咖' && chars[1] === '啡' ? 2 : 0;
  return chars[start] ?? '礼';
}
