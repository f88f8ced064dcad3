import type {
  CouponCenterEntry,
  CouponSource,
  CouponStatus,
  CouponType,
  CouponValidity,
  CouponView,
} from '@app/shared';
import type { ApiError } from '../../lib/api-error';
import { discountLabel, formatDate, formatTime, shortStoreName } from '../../lib/format';
import { fenToYuanText } from '../../lib/money';

/** What a coupon gives, in the fields every view of it carries. */
export interface CouponTermsView {
  type: CouponType;
  valueFen: number | null;
  percent: number | null;
  maxDiscountFen: number | null;
  minSpendFen: number;
  giftName: string | null;
}

/** ¥5, ¥5.5 — yuan without trailing zeros, as a coupon prints them. */
export const yuanText = (fen: number): string => `¥${fenToYuanText(fen)}`;

/**
 * The big figure of a coupon: `¥5` off, `8.8折` (percent 88 = pay 88%), or the gift's name. `figure` and `unit`
 * are split for the ticket's stub (the number large, 折 small).
 */
export function couponValue(terms: CouponTermsView): { figure: string; unit: string; text: string } {
  if (terms.type === 'amount_off') {
    const figure = terms.valueFen !== null ? fenToYuanText(terms.valueFen) : '—';
    return { figure, unit: '¥', text: `¥${figure}` };
  }
  if (terms.type === 'percent_off') {
    const label = terms.percent !== null ? discountLabel(terms.percent) : '—';
    const figure = label.replace(/折$/, '');
    return { figure, unit: '折', text: label };
  }
  const gift = terms.giftName ?? '兑换券';
  return { figure: gift, unit: '', text: gift };
}

/** 满¥30可用, or 无门槛 without a minimum spend. */
export const minSpendText = (minSpendFen: number): string =>
  minSpendFen > 0 ? `满${yuanText(minSpendFen)}可用` : '无门槛';

/** The conditions under the title: 满¥30可用 · 最高减¥20 (percent off with a cap). */
export function conditionsText(terms: CouponTermsView): string {
  const parts = [minSpendText(terms.minSpendFen)];
  if (terms.type === 'percent_off' && terms.maxDiscountFen !== null)
    parts.push(`最高减${yuanText(terms.maxDiscountFen)}`);
  if (terms.type === 'gift') parts.push('兑换礼品');
  return parts.join(' · ');
}

/** The kind, as a chip: 满减券 / 折扣券 / 兑换券. */
export const COUPON_TYPE_LABELS: Record<CouponType, string> = {
  amount_off: '满减券',
  percent_off: '折扣券',
  gift: '兑换券',
};

const isMidnight = (value: string) => formatTime(value) === '00:00';

/** A moment in program time: `2026-12-01` at midnight, else `2026-12-01 15:30`. */
export const momentText = (value: string): string =>
  isMidnight(value) ? formatDate(value) : `${formatDate(value)} ${formatTime(value)}`;

/**
 * The end of a window as the last moment in it reads: an end at 00:00 (exclusive) prints the day before —
 * `2026-12-01 至 2026-12-31` for a window ending at 00:00 on 1 January — any other end prints as it is.
 */
export const windowEndText = (end: string): string =>
  isMidnight(end) ? formatDate(new Date(Date.parse(end) - 1).toISOString()) : momentText(end);

/** `2026-12-01 前有效` — the moment the coupon stops being good (an end at 00:00 prints the date alone). */
export const validUntilText = (validUntil: string): string => `${momentText(validUntil)} 前有效`;

/** `2026-12-05 起可用` for a coupon whose window has not opened. */
export const validFromText = (validFrom: string): string => `${momentText(validFrom)} 起可用`;

/** A coupon that is not good yet (its window opens later). */
export const notStartedYet = (coupon: Pick<CouponView, 'status' | 'validFrom'>, now: number = Date.now()): boolean =>
  coupon.status === 'available' && Date.parse(coupon.validFrom) > now;

/** Within this many days of its end a usable coupon carries 即将过期. */
export const EXPIRING_SOON_DAYS = 3;

export function isExpiringSoon(coupon: Pick<CouponView, 'status' | 'validUntil'>, now: number = Date.now()): boolean {
  if (coupon.status !== 'available') return false;
  const left = Date.parse(coupon.validUntil) - now;
  return left > 0 && left <= EXPIRING_SOON_DAYS * 86_400_000;
}

/** Where a coupon came from, as a small label on its card. */
export const SOURCE_LABELS: Record<CouponSource, string> = {
  'new-member': '新人礼',
  'upgrade-gift': '升级礼',
  birthday: '生日礼',
  'level-perk': '会员专享',
  'stamp-card': '集点卡',
  campaign: '活动',
  claim: '领券中心',
  task: '任务奖励',
  mall: '积分兑换',
  'topup-gift': '充值礼',
  plan: 'PLUS会员礼',
};

export const sourceLabel = (source: string): string => SOURCE_LABELS[source as CouponSource] ?? '活动';

export const STATUS_LABELS: Record<CouponStatus, string> = {
  available: '可使用',
  used: '已使用',
  expired: '已过期',
  revoked: '已作废',
};

/** Store names by store id, as the API sends them beside the ids (`storeNames`) or lists them (the marketer's stores). */
export type StoreNames = Readonly<Record<string, string>>;

/** The names of a list of stores (the marketer's `GET /v1/admin/stores`), by id. */
export const namesOfStores = (stores: ReadonlyArray<{ storeId: string; name: string }>): StoreNames =>
  Object.fromEntries(stores.map((store) => [store.storeId, store.name]));

/** A store's short name (人民广场店: the name the API gave, without the brand before ·), else its id. */
export function storeName(storeId: string, names: StoreNames): string {
  const name = names[storeId];
  return name ? shortStoreName(name) : storeId;
}

/** 全部门店可用, or 限 人民广场店、陆家嘴店 使用. */
export const storeScopeText = (storeIds: readonly string[] | null, names: StoreNames): string =>
  !storeIds || storeIds.length === 0
    ? '全部门店可用'
    : `限 ${storeIds.map((storeId) => storeName(storeId, names)).join('、')} 使用`;

/**
 * How long a coupon of a template is good for, before it is issued: `2026-12-01 至 2026-12-31` (fixed; the end is
 * exclusive, so a window ending at 00:00 on 1 January prints 31 December), or `领取后 14 天内有效` / `领取 1 天后生效，
 * 有效 7 天` (relative to the issue; `verb` is 领取 in 领券中心 and 发放 for a push).
 */
export function validityText(validity: CouponValidity, verb: '领取' | '发放' = '领取'): string {
  if (validity.kind === 'fixed') {
    return `${momentText(validity.from)} 至 ${windowEndText(validity.until)}`;
  }
  const offset = validity.startOffsetDays ?? 0;
  return offset > 0 ? `${verb} ${offset} 天后生效，有效 ${validity.days} 天` : `${verb}后 ${validity.days} 天内有效`;
}

// ------------------------------------------------------------------------------------------------------------
// 领券中心

export type CenterStateKind = 'claimable' | 'claimed' | 'soldOut' | 'notStarted' | 'ended' | 'unavailable';

/** What the button of a 领券中心 entry says and whether it can be tapped. */
export function centerState(
  entry: Pick<CouponCenterEntry, 'claimable' | 'reason' | 'claimedByMe' | 'perMemberLimit' | 'remaining' | 'claimFrom'>,
  now: number = Date.now(),
): {
  kind: CenterStateKind;
  label: string;
} {
  if (entry.claimedByMe >= entry.perMemberLimit || entry.reason === 'LIMIT_REACHED')
    return { kind: 'claimed', label: '已领取' };
  if (entry.claimable) return { kind: 'claimable', label: entry.claimedByMe > 0 ? '再领一张' : '领取' };
  if (entry.reason === 'STOCK_EXHAUSTED' || entry.remaining === 0) return { kind: 'soldOut', label: '已抢光' };
  if (entry.reason === 'CLAIM_WINDOW_CLOSED') {
    return entry.claimFrom && Date.parse(entry.claimFrom) > now
      ? { kind: 'notStarted', label: '未开始' }
      : { kind: 'ended', label: '已结束' };
  }
  return { kind: 'unavailable', label: '暂不可领' };
}

/** 剩余 12 张, 不限量. */
export const remainingText = (remaining: number | null): string =>
  remaining === null ? '不限量' : `剩余 ${remaining} 张`;

/** The claim window: `领取时间 2026-11-01 10:00 至 2026-11-30` (the end's last day), `2026-11-01 起可领`, `2026-12-01 前可领`, or null. */
export function claimWindowText(claimFrom: string | null, claimUntil: string | null): string | null {
  if (claimFrom && claimUntil) return `领取时间 ${momentText(claimFrom)} 至 ${windowEndText(claimUntil)}`;
  if (claimFrom) return `${momentText(claimFrom)} 起可领`;
  if (claimUntil) return `${momentText(claimUntil)} 前可领`;
  return null;
}

/** What a refused or failed claim tells the member. */
export function claimErrorMessage(error: ApiError): string {
  switch (error.code) {
    case 'STOCK_EXHAUSTED':
      return '来晚了，这张券已经被抢光了';
    case 'LIMIT_REACHED':
      return '你已经领过这张券了，去我的优惠券看看';
    case 'CLAIM_WINDOW_CLOSED':
      return '现在不在领券时间内';
    case 'NETWORK':
      return '网络不太好，没有收到结果，请再点一次（不会重复领取）';
    default:
      return error.message;
  }
}
