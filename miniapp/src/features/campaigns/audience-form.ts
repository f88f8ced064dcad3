import {
  type Audience,
  audienceSchema,
  MAX_MEMBER_NOS,
  MAX_VALIDITY_DAYS,
  SEGMENT_NAMES,
  type SegmentCode,
} from '@app/shared';
import { formatNumber } from '../../lib/format';
import { storeName, type StoreNames } from '../coupons/coupon-words';
import type { NamedLevel } from '../marketer/hooks/use-console-names';
import type { AudienceBody } from './api/campaigns';
import { hasChinese, readDate, readWhole, validationIssues } from './form-values';

/** 人群 as typed. Every condition given must hold; nothing given is every member. */
export interface AudienceDraft {
  levels: string[];
  joinedFrom: string;
  joinedTo: string;
  inactiveDays: string;
  birthdayMonth: number | null;
  pointsMin: string;
  pointsMax: string;
  homeStoreIds: string[];
  /** 8-digit member numbers, one a line (commas and spaces also separate). */
  memberNos: string;
  /** Automatic RFM segments (`churn-risk` …): members in any of them. */
  segments: string[];
  /** Manual tags, typed with commas or spaces between them. */
  tags: string;
}

export type AudienceField =
  | 'levels'
  | 'joinedFrom'
  | 'joinedTo'
  | 'inactiveDays'
  | 'birthdayMonth'
  | 'pointsMin'
  | 'pointsMax'
  | 'homeStoreIds'
  | 'memberNos'
  | 'segments'
  | 'tags';

/** The automatic segments an audience can pick, with their names (新会员, 流失预警, …). */
export const AUDIENCE_SEGMENTS: ReadonlyArray<{ code: SegmentCode; name: string }> = (
  Object.keys(SEGMENT_NAMES) as SegmentCode[]
).map((code) => ({ code, name: SEGMENT_NAMES[code] }));

/** An audience handed over in a page's query (`segments=churn-risk&tags=vip`, e.g. from the dashboard's churn list). */
export function audienceDraftFromParams(params: Record<string, string | undefined>): AudienceDraft {
  const list = (value: string | undefined) =>
    value
      ? decodeURIComponent(value)
          .split(',')
          .map((item) => item.trim())
          .filter(Boolean)
      : [];
  return { ...emptyAudienceDraft(), segments: list(params.segments), tags: list(params.tags).join(', ') };
}
export type AudienceErrors = Partial<Record<AudienceField, string>>;

export const emptyAudienceDraft = (): AudienceDraft => ({
  levels: [],
  joinedFrom: '',
  joinedTo: '',
  inactiveDays: '',
  birthdayMonth: null,
  pointsMin: '',
  pointsMax: '',
  homeStoreIds: [],
  memberNos: '',
  segments: [],
  tags: '',
});

/** The member numbers of the textarea: split on lines, commas and spaces, duplicates dropped. */
export function memberNosOf(text: string): { valid: string[]; invalid: string[] } {
  const tokens = text.split(/[\s,，;；、]+/).filter(Boolean);
  const valid: string[] = [];
  const invalid: string[] = [];
  for (const token of tokens) {
    if (/^\d{8}$/.test(token)) {
      if (!valid.includes(token)) valid.push(token);
    } else invalid.push(token);
  }
  return { valid, invalid };
}

type Built = { ok: true; audience: AudienceBody } | { ok: false; errors: AudienceErrors };

/** The audience a draft stands for (only the conditions given), or what is wrong with it, field by field. */
export function buildAudience(draft: AudienceDraft): Built {
  const errors: AudienceErrors = {};
  const audience: AudienceBody = {};
  if (draft.levels.length > 0) audience.levels = [...draft.levels];

  const joinedFrom = draft.joinedFrom.trim() ? readDate(draft.joinedFrom) : null;
  const joinedTo = draft.joinedTo.trim() ? readDate(draft.joinedTo) : null;
  if (draft.joinedFrom.trim() && !joinedFrom) errors.joinedFrom = '日期格式为 2026-01-31';
  if (draft.joinedTo.trim() && !joinedTo) errors.joinedTo = '日期格式为 2026-01-31';
  if (joinedFrom && joinedTo && joinedFrom > joinedTo) errors.joinedTo = '结束日期不能早于开始日期';
  if (joinedFrom) audience.joinedFrom = joinedFrom;
  if (joinedTo) audience.joinedTo = joinedTo;

  if (draft.inactiveDays.trim()) {
    const days = readWhole(draft.inactiveDays);
    if (days === null || days < 1 || days > MAX_VALIDITY_DAYS)
      errors.inactiveDays = AUDIENCE_FIELD_MESSAGES.inactiveDays;
    else audience.inactiveDays = days;
  }
  if (draft.birthdayMonth !== null) audience.birthdayMonth = draft.birthdayMonth;

  const pointsMin = draft.pointsMin.trim() ? readWhole(draft.pointsMin) : null;
  const pointsMax = draft.pointsMax.trim() ? readWhole(draft.pointsMax) : null;
  if (draft.pointsMin.trim() && pointsMin === null) errors.pointsMin = '请填写整数积分';
  if (draft.pointsMax.trim() && pointsMax === null) errors.pointsMax = '请填写整数积分';
  if (pointsMin !== null && pointsMax !== null && pointsMin > pointsMax) errors.pointsMax = '最高积分不能低于最低积分';
  if (pointsMin !== null) audience.pointsMin = pointsMin;
  if (pointsMax !== null) audience.pointsMax = pointsMax;

  if (draft.homeStoreIds.length > 0) audience.homeStoreIds = [...draft.homeStoreIds];

  const { valid, invalid } = memberNosOf(draft.memberNos);
  if (invalid.length > 0)
    errors.memberNos = `会员号为 8 位数字，请检查：${invalid.slice(0, 3).join('、')}${invalid.length > 3 ? ` 等 ${invalid.length} 个` : ''}`;
  else if (valid.length > MAX_MEMBER_NOS) errors.memberNos = `一次最多 ${formatNumber(MAX_MEMBER_NOS)} 个会员号`;
  else if (valid.length > 0) audience.memberNos = valid;

  if (draft.segments.length > 0) audience.segments = [...draft.segments];
  const tags = [...new Set(draft.tags.split(/[\s,，;；、]+/).filter(Boolean))];
  if (tags.some((tag) => tag.length > 40)) errors.tags = '标签最长 40 个字';
  else if (tags.length > 0) audience.tags = tags;

  if (Object.keys(errors).length > 0) return { ok: false, errors };
  const checked = audienceSchema.safeParse(audience);
  if (!checked.success) {
    for (const issue of checked.error.issues) {
      const field = audienceFieldOf(issue.path.join('.'));
      if (field && !errors[field]) errors[field] = AUDIENCE_FIELD_MESSAGES[field];
    }
    return { ok: false, errors: Object.keys(errors).length > 0 ? errors : { levels: '请检查人群条件' } };
  }
  return { ok: true, audience };
}

export const AUDIENCE_FIELD_MESSAGES: Record<AudienceField, string> = {
  levels: '请检查会员等级',
  joinedFrom: '请检查入会开始日期',
  joinedTo: '请检查入会结束日期',
  inactiveDays: `请填写 1–${MAX_VALIDITY_DAYS} 之间的天数`,
  birthdayMonth: '请选择 1–12 月',
  pointsMin: '请检查最低积分',
  pointsMax: '请检查最高积分',
  homeStoreIds: '请检查门店',
  memberNos: '会员号为 8 位数字',
  segments: '请检查会员分群',
  tags: '请检查标签',
};

/** `audience.pointsMax` (under `body.`) → pointsMax. */
export function audienceFieldOf(path: string): AudienceField | null {
  const key =
    path
      .replace(/^body\./, '')
      .replace(/^audience\./, '')
      .split('.')[0] ?? '';
  return key in AUDIENCE_FIELD_MESSAGES ? (key as AudienceField) : null;
}

/** The refusals of a 400 on the audience (`body.audience.…`), each next to its field. */
export function audienceErrorsFromIssues(details: Record<string, unknown> | undefined): AudienceErrors {
  const errors: AudienceErrors = {};
  for (const issue of validationIssues(details)) {
    if (!/^(body\.)?audience\b/.test(issue.path)) continue;
    const field = audienceFieldOf(issue.path);
    if (field && !errors[field])
      errors[field] = hasChinese(issue.message) ? issue.message : AUDIENCE_FIELD_MESSAGES[field];
  }
  return errors;
}

/**
 * The audience in words, one condition a line: 等级：普通会员、银卡会员 · 入会 2026-01-01 起 · … ; nothing = 全部会员.
 * Levels and stores are named as the API names them now (a code it does not know stays a code).
 */
export function audienceSummary(
  audience: Partial<Audience>,
  names: { levels: readonly NamedLevel[]; storeNames: StoreNames },
): string[] {
  const levelName = (code: string) => names.levels.find((level) => level.code === code)?.name ?? code;
  const lines: string[] = [];
  if (audience.levels?.length) lines.push(`等级：${audience.levels.map(levelName).join('、')}`);
  if (audience.joinedFrom && audience.joinedTo) lines.push(`入会：${audience.joinedFrom} 至 ${audience.joinedTo}`);
  else if (audience.joinedFrom) lines.push(`入会：${audience.joinedFrom} 起`);
  else if (audience.joinedTo) lines.push(`入会：${audience.joinedTo} 及以前`);
  if (audience.inactiveDays) lines.push(`${audience.inactiveDays} 天未消费`);
  if (audience.lastPurchaseAfter) lines.push(`最近消费在 ${audience.lastPurchaseAfter} 之后`);
  if (audience.lastPurchaseBefore) lines.push(`最近消费在 ${audience.lastPurchaseBefore} 之前`);
  if (audience.birthdayMonth) lines.push(`${audience.birthdayMonth} 月生日`);
  if (audience.pointsMin !== undefined && audience.pointsMax !== undefined)
    lines.push(`积分 ${formatNumber(audience.pointsMin)}–${formatNumber(audience.pointsMax)}`);
  else if (audience.pointsMin !== undefined) lines.push(`积分 ≥ ${formatNumber(audience.pointsMin)}`);
  else if (audience.pointsMax !== undefined) lines.push(`积分 ≤ ${formatNumber(audience.pointsMax)}`);
  if (audience.homeStoreIds?.length)
    lines.push(`常去门店：${audience.homeStoreIds.map((id) => storeName(id, names.storeNames)).join('、')}`);
  if (audience.tags?.length) lines.push(`标签：${audience.tags.join('、')}`);
  if (audience.segments?.length)
    lines.push(`分群：${audience.segments.map((code) => SEGMENT_NAMES[code as SegmentCode] ?? code).join('、')}`);
  if (audience.memberNos?.length) lines.push(`指定会员 ${formatNumber(audience.memberNos.length)} 位`);
  return lines.length > 0 ? lines : ['全部会员'];
}
