import type { AdminMallItemView, CreateMallItemRequest } from '@app/shared';
import { endOfDay, readDate, readWhole, readYuan, startOfDay, validationIssues } from '../campaigns/form-values';

/** The mall item form as typed: every field text, so a half-typed number never jumps. */
export interface MallDraft {
  name: string;
  description: string;
  category: string;
  points: string;
  cash: string;
  /** Empty = unlimited. Only at creation: afterwards stock moves by deltas with a reason. */
  stock: string;
  perMemberLimit: string;
  saleFrom: string;
  saleUntil: string;
  sortOrder: string;
  images: string[];
}

export type MallField = keyof Omit<MallDraft, 'images'> | 'images';
export type MallErrors = Partial<Record<MallField, string>>;

export const MALL_FIELD_MESSAGES: Record<MallField, string> = {
  name: '请填写商品名称（最多 40 字）',
  description: '商品介绍最多 500 字',
  category: '请填写分类（最多 20 字，如 周边、饮品券）',
  points: '所需积分为 1–1,000,000 的整数',
  cash: '加价金额为 0–100,000 元，最多两位小数',
  stock: '库存为 0–10,000,000 的整数；不限库存请留空',
  perMemberLimit: '每人限兑为 1–999 的整数；不限请留空',
  saleFrom: '开始日期格式如 2026-12-01',
  saleUntil: '结束日期须晚于开始日期，格式如 2026-12-31',
  sortOrder: '排序为 0–9999 的整数，小的在前',
  images: '最多 9 张图片',
};

export const emptyMallDraft = (): MallDraft => ({
  name: '',
  description: '',
  category: '',
  points: '',
  cash: '',
  stock: '',
  perMemberLimit: '',
  saleFrom: '',
  saleUntil: '',
  sortOrder: '100',
  images: [],
});

const dateOf = (iso: string | null) => (iso ? iso.slice(0, 10) : '');

/** An existing item as the form shows it (sale dates in program time, +08:00 as stored by this form). */
export const draftOf = (item: AdminMallItemView): MallDraft => ({
  name: item.name,
  description: item.description,
  category: item.category,
  points: String(item.points),
  cash: item.cashFen ? (item.cashFen / 100).toFixed(2) : '',
  stock: item.stock === null ? '' : String(item.stock),
  perMemberLimit: item.perMemberLimit === null ? '' : String(item.perMemberLimit),
  saleFrom: item.saleFrom ? dateOf(new Date(Date.parse(item.saleFrom) + 8 * 3600_000).toISOString()) : '',
  saleUntil: item.saleUntil ? dateOf(new Date(Date.parse(item.saleUntil) - 1 + 8 * 3600_000).toISOString()) : '',
  sortOrder: String(item.sortOrder),
  images: item.images,
});

type Built = { ok: true; body: CreateMallItemRequest } | { ok: false; errors: MallErrors };

/** The request a draft makes (a goods item), or the field errors that stop it, checked before anything is sent. */
export function buildMallItem(draft: MallDraft): Built {
  const errors: MallErrors = {};
  const name = draft.name.trim();
  const category = draft.category.trim();
  if (!name || name.length > 40) errors.name = MALL_FIELD_MESSAGES.name;
  if (draft.description.length > 500) errors.description = MALL_FIELD_MESSAGES.description;
  if (!category || category.length > 20) errors.category = MALL_FIELD_MESSAGES.category;
  const points = readWhole(draft.points);
  if (points === null || points < 1 || points > 1_000_000) errors.points = MALL_FIELD_MESSAGES.points;
  const cash = readYuan(draft.cash, { optional: true, allowZero: true, max: 10_000_000 });
  if (!cash.ok) errors.cash = MALL_FIELD_MESSAGES.cash;
  const stock = draft.stock.trim() === '' ? null : readWhole(draft.stock);
  if (draft.stock.trim() !== '' && (stock === null || stock > 10_000_000)) errors.stock = MALL_FIELD_MESSAGES.stock;
  const limit = draft.perMemberLimit.trim() === '' ? null : readWhole(draft.perMemberLimit);
  if (draft.perMemberLimit.trim() !== '' && (limit === null || limit < 1 || limit > 999))
    errors.perMemberLimit = MALL_FIELD_MESSAGES.perMemberLimit;
  const from = draft.saleFrom.trim() === '' ? null : readDate(draft.saleFrom);
  if (draft.saleFrom.trim() !== '' && !from) errors.saleFrom = MALL_FIELD_MESSAGES.saleFrom;
  const until = draft.saleUntil.trim() === '' ? null : readDate(draft.saleUntil);
  if ((draft.saleUntil.trim() !== '' && !until) || (from && until && until < from))
    errors.saleUntil = MALL_FIELD_MESSAGES.saleUntil;
  const sortOrder = readWhole(draft.sortOrder);
  if (sortOrder === null || sortOrder > 9999) errors.sortOrder = MALL_FIELD_MESSAGES.sortOrder;
  if (draft.images.length > 9) errors.images = MALL_FIELD_MESSAGES.images;
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  return {
    ok: true,
    body: {
      name,
      description: draft.description,
      images: draft.images,
      category,
      kind: 'goods',
      couponTemplateId: null,
      points: points!,
      cashFen: cash.ok ? (cash.fen ?? 0) : 0,
      stock,
      perMemberLimit: limit,
      perOrderLimit: null,
      minLevel: null,
      saleFrom: from ? startOfDay(from) : null,
      saleUntil: until ? endOfDay(until) : null,
      sortOrder: sortOrder!,
      hidden: false,
    },
  };
}

/** The server's field errors (a 400's issues, paths like `body.points`) on the form's fields. */
export function mallErrorsFromIssues(details: Record<string, unknown> | undefined): MallErrors {
  const errors: MallErrors = {};
  for (const issue of validationIssues(details)) {
    const field = issue.path.replace(/^body\./, '').split('.')[0] as MallField;
    if (field in MALL_FIELD_MESSAGES) errors[field] = MALL_FIELD_MESSAGES[field];
  }
  return errors;
}

/** What a member sees of an item now: 上架中, 已下架, 未开始, 已结束, 已兑完. */
export function itemState(item: AdminMallItemView, nowMs: number): { label: string; tone: 'on' | 'off' | 'warn' } {
  if (item.hidden) return { label: '已下架', tone: 'off' };
  if (item.saleUntil && Date.parse(item.saleUntil) <= nowMs) return { label: '已结束', tone: 'off' };
  if (item.saleFrom && Date.parse(item.saleFrom) > nowMs) return { label: '未开始', tone: 'warn' };
  if (item.stock === 0) return { label: '已兑完', tone: 'warn' };
  return { label: '上架中', tone: 'on' };
}
