import { campaignRequest, MAX_CAMPAIGN_STOCK, MAX_PER_MEMBER_LIMIT } from '@app/shared';
import { formatNumber } from '../../lib/format';
import type { AudienceBody, CampaignBody } from './api/campaigns';
import {
  atTime,
  endOfDay,
  hasChinese,
  readDate,
  readTime,
  readWhole,
  readYuan,
  startOfDay,
  validationIssues,
} from './form-values';

/** 营销活动 as typed (the audience is built apart, by the audience builder). */
export interface CampaignDraft {
  name: string;
  kind: 'push' | 'claim';
  templateId: string | null;
  /** push: send at once, or at a moment. */
  sendMode: 'now' | 'schedule';
  scheduleDate: string;
  scheduleTime: string;
  /** push: tell the members (券到账). */
  notify: boolean;
  /** claim: empty = 不限量. */
  stock: string;
  perMemberLimit: string;
  /** claim: dates, the end inclusive; empty = from the launch / no end. */
  claimFrom: string;
  claimUntil: string;
  /** claim: yuan, empty = no budget. */
  budget: string;
}

export type CampaignField =
  | 'name'
  | 'template'
  | 'schedule'
  | 'notify'
  | 'stock'
  | 'perMemberLimit'
  | 'claimFrom'
  | 'claimUntil'
  | 'budget';
export type CampaignErrors = Partial<Record<CampaignField, string>>;

export const emptyCampaignDraft = (): CampaignDraft => ({
  name: '',
  kind: 'push',
  templateId: null,
  sendMode: 'now',
  scheduleDate: '',
  scheduleTime: '10:00',
  notify: true,
  stock: '',
  perMemberLimit: '1',
  claimFrom: '',
  claimUntil: '',
  budget: '',
});

export const CAMPAIGN_FIELD_MESSAGES: Record<CampaignField, string> = {
  name: '请填写活动名称（最多 40 个字）',
  template: '请选择优惠券模板',
  schedule: '请填写发送时间',
  notify: '请检查到账通知',
  stock: `发放总量为 1–${formatNumber(MAX_CAMPAIGN_STOCK)} 张`,
  perMemberLimit: `每人限领 1–${MAX_PER_MEMBER_LIMIT} 张`,
  claimFrom: '请检查领取开始日期',
  claimUntil: '领取结束日期需晚于开始日期',
  budget: '请填写正确的预算金额',
};

/** `body.claimUntil` → claimUntil; audience paths are the audience builder's. */
export function campaignFieldOf(path: string): CampaignField | null {
  const key = path.replace(/^body\./, '').split('.')[0] ?? '';
  const fields: Record<string, CampaignField> = {
    name: 'name',
    templateId: 'template',
    scheduleAt: 'schedule',
    notify: 'notify',
    stock: 'stock',
    perMemberLimit: 'perMemberLimit',
    claimFrom: 'claimFrom',
    claimUntil: 'claimUntil',
    budgetFen: 'budget',
    kind: 'name',
  };
  return fields[key] ?? null;
}

export function campaignErrorsFromIssues(details: Record<string, unknown> | undefined): CampaignErrors {
  const errors: CampaignErrors = {};
  for (const issue of validationIssues(details)) {
    const field = campaignFieldOf(issue.path);
    if (field && !errors[field])
      errors[field] = hasChinese(issue.message) ? issue.message : CAMPAIGN_FIELD_MESSAGES[field];
  }
  return errors;
}

type Built = { ok: true; body: CampaignBody } | { ok: false; errors: CampaignErrors };

/**
 * The request of a draft and its audience, or what is wrong, field by field. A push sends now or at a future moment
 * (program time) and may notify; a claim campaign has its stock, per-member limit, window (dates, the end inclusive)
 * and budget. The contract (campaignRequest of @app/shared) checks the result before it is sent.
 */
export function buildCampaign(draft: CampaignDraft, audience: AudienceBody, now: number = Date.now()): Built {
  const errors: CampaignErrors = {};
  const name = draft.name.trim();
  if (!name) errors.name = '请填写活动名称';
  else if (name.length > 40) errors.name = '活动名称最多 40 个字';
  if (!draft.templateId) errors.template = CAMPAIGN_FIELD_MESSAGES.template;

  const body: CampaignBody = { name, kind: draft.kind, templateId: draft.templateId ?? '', audience };

  if (draft.kind === 'push') {
    body.notify = draft.notify;
    if (draft.sendMode === 'schedule') {
      const date = readDate(draft.scheduleDate);
      const time = readTime(draft.scheduleTime);
      if (!date || !time)
        errors.schedule = !draft.scheduleDate.trim() ? '请填写发送日期' : '时间格式为 2026-12-01 10:00';
      else if (Date.parse(atTime(date, time)) <= now) errors.schedule = '发送时间需晚于现在';
      else body.scheduleAt = atTime(date, time);
    }
  } else {
    if (draft.stock.trim()) {
      const stock = readWhole(draft.stock);
      if (stock === null || stock < 1 || stock > MAX_CAMPAIGN_STOCK) errors.stock = CAMPAIGN_FIELD_MESSAGES.stock;
      else body.stock = stock;
    }
    const limit = readWhole(draft.perMemberLimit || '1');
    if (limit === null || limit < 1 || limit > MAX_PER_MEMBER_LIMIT)
      errors.perMemberLimit = CAMPAIGN_FIELD_MESSAGES.perMemberLimit;
    else body.perMemberLimit = limit;
    const from = draft.claimFrom.trim() ? readDate(draft.claimFrom) : null;
    const until = draft.claimUntil.trim() ? readDate(draft.claimUntil) : null;
    if (draft.claimFrom.trim() && !from) errors.claimFrom = '日期格式为 2026-12-01';
    if (draft.claimUntil.trim() && !until) errors.claimUntil = '日期格式为 2026-12-31';
    else if (until && Date.parse(endOfDay(until)) <= now) errors.claimUntil = '领取结束日期已经过去';
    if (from && until && until < from) errors.claimUntil = '结束日期不能早于开始日期';
    if (from) body.claimFrom = startOfDay(from);
    if (until) body.claimUntil = endOfDay(until);
    const budget = readYuan(draft.budget, { optional: true, max: 10_000_000_000 });
    if (!budget.ok) errors.budget = `预算${budget.error.replace(/^金额/, '')}`;
    else if (budget.fen !== undefined) body.budgetFen = budget.fen;
  }

  if (Object.keys(errors).length > 0) return { ok: false, errors };
  const checked = campaignRequest.safeParse(body);
  if (!checked.success) {
    for (const issue of checked.error.issues) {
      const field = campaignFieldOf(issue.path.join('.'));
      if (field && !errors[field]) errors[field] = CAMPAIGN_FIELD_MESSAGES[field];
    }
    // An audience refusal is the audience builder's to show; here it only stops the request.
    return { ok: false, errors: Object.keys(errors).length > 0 ? errors : {} };
  }
  return { ok: true, body };
}
