import { type CouponType, couponTemplateRequest, MAX_AMOUNT_FEN, MAX_PRICE_FEN, MAX_VALIDITY_DAYS } from '@app/shared';
import type { TemplateBody } from './api/campaigns';
import {
  endOfDay,
  hasChinese,
  readDate,
  readWhole,
  readYuan,
  readZhe,
  startOfDay,
  validationIssues,
} from './form-values';

/** 优惠券模板 as typed: strings until checked. Money in yuan, the discount in 折, dates as YYYY-MM-DD (the end inclusive). */
export interface TemplateDraft {
  title: string;
  description: string;
  usageNotes: string;
  type: CouponType;
  /** amount_off: the amount off; gift: the gift's nominal value (for statistics and the counter's discount). */
  value: string;
  /** percent_off: 8.8 (折) = pay 88%. */
  discount: string;
  /** percent_off: the most it takes off (optional). */
  maxDiscount: string;
  giftName: string;
  /** Empty = 无门槛. */
  minSpend: string;
  validityKind: 'fixed' | 'relative';
  validFrom: string;
  validUntil: string;
  days: string;
  startOffsetDays: string;
  storeScope: 'all' | 'some';
  storeIds: string[];
}

export type TemplateField =
  | 'title'
  | 'description'
  | 'usageNotes'
  | 'type'
  | 'value'
  | 'discount'
  | 'maxDiscount'
  | 'giftName'
  | 'minSpend'
  | 'validFrom'
  | 'validUntil'
  | 'days'
  | 'startOffsetDays'
  | 'storeIds';

export type TemplateErrors = Partial<Record<TemplateField, string>>;

export const emptyTemplateDraft = (): TemplateDraft => ({
  title: '',
  description: '',
  usageNotes: '',
  type: 'amount_off',
  value: '',
  discount: '',
  maxDiscount: '',
  giftName: '',
  minSpend: '',
  validityKind: 'relative',
  validFrom: '',
  validUntil: '',
  days: '30',
  startOffsetDays: '0',
  storeScope: 'all',
  storeIds: [],
});

/** What a field says when the server (or the contract) refuses it and its own words are not Chinese. */
export const TEMPLATE_FIELD_MESSAGES: Record<TemplateField, string> = {
  title: '请填写券名称（最多 30 个字）',
  description: '券面说明最多 200 个字',
  usageNotes: '使用说明最多 500 个字',
  type: '请选择券类型',
  value: '请填写正确的金额',
  discount: '请填写 0.1–9.9 之间的折扣，如 8.8',
  maxDiscount: '请填写正确的最高优惠金额',
  giftName: '请填写礼品名称（最多 30 个字）',
  minSpend: '请填写正确的使用门槛金额',
  validFrom: '请填写开始日期',
  validUntil: '结束日期需晚于开始日期',
  days: `有效天数为 1–${MAX_VALIDITY_DAYS} 天`,
  startOffsetDays: '生效延迟为 0–365 天',
  storeIds: '请至少选择一家门店',
};

/** `body.validity.until` → validUntil: where a refusal of the API belongs on the form. */
export function templateFieldOf(path: string): TemplateField | null {
  const key = path.replace(/^body\./, '');
  if (key.startsWith('validity.from')) return 'validFrom';
  if (key.startsWith('validity.until')) return 'validUntil';
  if (key.startsWith('validity.days')) return 'days';
  if (key.startsWith('validity.startOffsetDays')) return 'startOffsetDays';
  if (key.startsWith('validity')) return 'validFrom';
  const top = key.split('.')[0];
  const fields: Record<string, TemplateField> = {
    title: 'title',
    description: 'description',
    usageNotes: 'usageNotes',
    type: 'type',
    valueFen: 'value',
    percent: 'discount',
    maxDiscountFen: 'maxDiscount',
    giftName: 'giftName',
    minSpendFen: 'minSpend',
    storeIds: 'storeIds',
  };
  return (top && fields[top]) || null;
}

/** The refusals of a 400 VALIDATION_FAILED, each next to its field (the server's words when Chinese). */
export function templateErrorsFromIssues(details: Record<string, unknown> | undefined): TemplateErrors {
  const errors: TemplateErrors = {};
  for (const issue of validationIssues(details)) {
    const field = templateFieldOf(issue.path);
    if (field && !errors[field])
      errors[field] = hasChinese(issue.message) ? issue.message : TEMPLATE_FIELD_MESSAGES[field];
  }
  return errors;
}

type Built = { ok: true; body: TemplateBody } | { ok: false; errors: TemplateErrors };

/**
 * The request a draft stands for, or what is wrong with it, field by field, in the marketer's words. The rules are
 * the contract's (couponTemplateRequest of @app/shared), which is also run on the result so nothing it refuses is
 * sent: an amount off not above the minimum spend, 折 from 0.1 to 9.9, a fixed window whose end is after its start.
 */
export function buildTemplate(draft: TemplateDraft): Built {
  const errors: TemplateErrors = {};
  const title = draft.title.trim();
  if (!title) errors.title = '请填写券名称';
  else if (title.length > 30) errors.title = '券名称最多 30 个字';
  if (draft.description.trim().length > 200) errors.description = TEMPLATE_FIELD_MESSAGES.description;
  if (draft.usageNotes.trim().length > 500) errors.usageNotes = TEMPLATE_FIELD_MESSAGES.usageNotes;

  const body: TemplateBody = {
    title,
    description: draft.description.trim(),
    usageNotes: draft.usageNotes.trim(),
    type: draft.type,
    validity: { kind: 'relative', days: 1 },
  };

  const minSpend = readYuan(draft.minSpend, { optional: true, allowZero: true, max: MAX_AMOUNT_FEN });
  if (!minSpend.ok) errors.minSpend = `使用门槛${minSpend.error.replace(/^金额/, '')}`;
  else body.minSpendFen = minSpend.fen ?? 0;

  if (draft.type === 'amount_off' || draft.type === 'gift') {
    const value = readYuan(draft.value, { max: MAX_PRICE_FEN });
    const label = draft.type === 'gift' ? '礼品价值' : '减免金额';
    if (!value.ok)
      errors.value = value.error === '请输入金额' ? `请填写${label}` : `${label}${value.error.replace(/^金额/, '')}`;
    else body.valueFen = value.fen;
    if (
      draft.type === 'amount_off' &&
      value.ok &&
      minSpend.ok &&
      (minSpend.fen ?? 0) > 0 &&
      value.fen! > minSpend.fen!
    ) {
      errors.value = '减免金额不能高于使用门槛';
    }
  }
  if (draft.type === 'gift') {
    const giftName = draft.giftName.trim();
    if (!giftName) errors.giftName = '请填写礼品名称';
    else if (giftName.length > 30) errors.giftName = '礼品名称最多 30 个字';
    else body.giftName = giftName;
  }
  if (draft.type === 'percent_off') {
    const percent = readZhe(draft.discount);
    if (percent === null)
      errors.discount = draft.discount.trim() ? TEMPLATE_FIELD_MESSAGES.discount : '请填写折扣，如 8.8';
    else body.percent = percent;
    const cap = readYuan(draft.maxDiscount, { optional: true, max: MAX_PRICE_FEN });
    if (!cap.ok) errors.maxDiscount = `最高优惠${cap.error.replace(/^金额/, '')}`;
    else if (cap.fen !== undefined) body.maxDiscountFen = cap.fen;
  }

  if (draft.validityKind === 'fixed') {
    const from = readDate(draft.validFrom);
    const until = readDate(draft.validUntil);
    if (!from) errors.validFrom = draft.validFrom.trim() ? '日期格式为 2026-12-01' : '请填写开始日期';
    if (!until) errors.validUntil = draft.validUntil.trim() ? '日期格式为 2026-12-31' : '请填写结束日期';
    else if (from && until < from) errors.validUntil = '结束日期不能早于开始日期';
    if (from && until) body.validity = { kind: 'fixed', from: startOfDay(from), until: endOfDay(until) };
  } else {
    const days = readWhole(draft.days);
    const offset = draft.startOffsetDays.trim() === '' ? 0 : readWhole(draft.startOffsetDays);
    if (days === null || days < 1 || days > MAX_VALIDITY_DAYS) errors.days = TEMPLATE_FIELD_MESSAGES.days;
    if (offset === null || offset > 365) errors.startOffsetDays = TEMPLATE_FIELD_MESSAGES.startOffsetDays;
    if (days !== null && offset !== null) body.validity = { kind: 'relative', days, startOffsetDays: offset };
  }

  if (draft.storeScope === 'some') {
    if (draft.storeIds.length === 0) errors.storeIds = TEMPLATE_FIELD_MESSAGES.storeIds;
    else body.storeIds = [...draft.storeIds];
  }

  if (Object.keys(errors).length > 0) return { ok: false, errors };
  // The contract has the last word: whatever it refuses is named on its field instead of being sent.
  const checked = couponTemplateRequest.safeParse(body);
  if (!checked.success) {
    for (const issue of checked.error.issues) {
      const field = templateFieldOf(issue.path.join('.'));
      if (field && !errors[field]) errors[field] = TEMPLATE_FIELD_MESSAGES[field];
    }
    return { ok: false, errors: Object.keys(errors).length > 0 ? errors : { title: '请检查填写的内容' } };
  }
  return { ok: true, body };
}
