import type { PromotionRequest, PromotionView } from '@app/shared';
import { endOfDay, readDate, readTime, startOfDay } from '../campaigns/form-values';

/** The promotion form as typed. Conditions left empty apply to everyone, every day, all day, in every store. */
export interface PromotionDraft {
  name: string;
  multiplier: string;
  startDate: string;
  endDate: string;
  weekdays: number[];
  fromHour: string;
  toHour: string;
  storeIds: string[];
  levels: string[];
}

export type PromotionField = 'name' | 'multiplier' | 'startDate' | 'endDate' | 'hours';
export type PromotionErrors = Partial<Record<PromotionField, string>>;

export const WEEKDAYS = ['一', '二', '三', '四', '五', '六', '日'] as const;

export const emptyPromotionDraft = (): PromotionDraft => ({
  name: '',
  multiplier: '2',
  startDate: '',
  endDate: '',
  weekdays: [],
  fromHour: '',
  toHour: '',
  storeIds: [],
  levels: [],
});

const hourOf = (text: string) => {
  const time = readTime(text.includes(':') ? text : `${text}:00`);
  return time?.endsWith(':00') ? Number(time.slice(0, 2)) : null;
};

/** The request a draft makes, or the field errors that stop it. */
export function buildPromotion(
  draft: PromotionDraft,
): { ok: true; body: PromotionRequest } | { ok: false; errors: PromotionErrors } {
  const errors: PromotionErrors = {};
  const name = draft.name.trim();
  if (!name || name.length > 40) errors.name = '请填写活动名称（最多 40 字）';
  const multiplier = Number(draft.multiplier);
  if (!/^\d+(\.\d{1,2})?$/.test(draft.multiplier.trim()) || !(multiplier > 1 && multiplier <= 10))
    errors.multiplier = '积分倍数须大于 1、不超过 10，如 2 或 1.5';
  const start = readDate(draft.startDate);
  if (!start) errors.startDate = '开始日期格式如 2026-12-01';
  const end = readDate(draft.endDate);
  if (!end || (start && end < start)) errors.endDate = '结束日期不能早于开始日期，格式如 2026-12-31';
  const wantsHours = draft.fromHour.trim() !== '' || draft.toHour.trim() !== '';
  const from = wantsHours ? hourOf(draft.fromHour) : null;
  const to = wantsHours ? (draft.toHour.trim() === '24' ? 24 : hourOf(draft.toHour)) : null;
  if (wantsHours && (from === null || to === null || from >= to))
    errors.hours = '时段为整点，如 14 至 17（开始早于结束；留空为全天）';
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  return {
    ok: true,
    body: {
      name,
      multiplier,
      startsAt: startOfDay(start!),
      endsAt: endOfDay(end!),
      ...(draft.weekdays.length > 0 ? { weekdays: [...draft.weekdays].sort() } : {}),
      ...(wantsHours ? { hours: [from!, to!] as [number, number] } : {}),
      ...(draft.storeIds.length > 0 ? { storeIds: draft.storeIds } : {}),
      ...(draft.levels.length > 0 ? { levels: draft.levels } : {}),
    },
  };
}

/** 进行中 / 未开始 / 已结束 (提前结束 when a marketer ended it). */
export function promotionState(promotion: PromotionView, nowMs: number): { label: string; running: boolean } {
  if (Date.parse(promotion.endsAt) <= nowMs)
    return { label: promotion.endedEarlyAt ? '已提前结束' : '已结束', running: false };
  if (Date.parse(promotion.startsAt) > nowMs) return { label: '未开始', running: true };
  return { label: '进行中', running: true };
}

/** The conditions in words: 周六、周日 · 14:00–17:00 · 人民广场店 · 金卡. */
export function promotionTerms(
  promotion: PromotionView,
  storeName: (storeId: string) => string,
  levelName: (code: string) => string,
): string {
  const parts = [
    promotion.multiplier ? `${promotion.multiplier} 倍积分` : '指定商品加送',
    promotion.weekdays ? promotion.weekdays.map((day) => `周${WEEKDAYS[day - 1]}`).join('、') : '每天',
    promotion.hours ? `${promotion.hours[0]}:00–${promotion.hours[1]}:00` : '全天',
    promotion.storeIds ? promotion.storeIds.map(storeName).join('、') : '全部门店',
    promotion.levels ? promotion.levels.map(levelName).join('、') : '全部等级',
  ];
  return parts.join(' · ');
}
