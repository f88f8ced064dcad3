import { type BoundedField, boundsOf, type LevelSettings, type ProgramSettings, programSettings } from '@app/shared';
import { formatNumber } from '../../lib/format';
import { fenToYuanText } from '../../lib/money';
import { atTime, hasChinese, readDate, readTime, validationIssues } from '../campaigns/form-values';
import type { ProgramUpdateBody } from './api/console';
import { applyMore, fieldReaders, type MoreDraft, moreDraft, moreMessage } from './program-more';
import { type BonusDraft, bonusesDraft, readBonuses } from './program-tables';

/** One level as typed (the gift and perks are kept as they are). */
export interface LevelDraft {
  code: string;
  name: string;
  threshold: string;
  multiplier: string;
  discountPercent: string;
}

export type ExpiryPolicy = ProgramSettings['expiry']['policy'];

/** 规则设置 as typed: strings for the fields, the rest of the settings carried over from the version it started from. */
export interface ProgramDraft {
  levels: LevelDraft[];
  pointsPerYuan: string;
  growthPerYuan: string;
  maxPointsPerPurchase: string;
  /** Days a purchase's own points wait (0 = at once). */
  pendingDays: string;
  /** Days the rewards a purchase causes wait for refunds (待到账). */
  refundWindowDays: string;
  checkinBasePoints: string;
  checkinBaseGrowth: string;
  checkinCycleDays: string;
  makeupCost: string;
  makeupsPerMonth: string;
  checkinBonuses: BonusDraft[];
  referrerPoints: string;
  secondLevelPoints: string;
  maxRewardedPerYear: string;
  /** The invitee's first purchase pays the referral rewards from this amount (yuan, as typed). */
  minPaidYuan: string;
  expiryPolicy: ExpiryPolicy;
  expiryDays: string;
  /** Tasks, gifts and perks, automatic coupons, policies, 积分抵现, top-up range (program-more.ts). */
  more: MoreDraft;
  effective: 'now' | 'later';
  effectiveDate: string;
  effectiveTime: string;
}

/** Field keys are the settings' paths (`levels.1.threshold`, `earning.pointsPerYuan`, `effectiveAt`). */
export type ProgramErrors = Record<string, string>;

const text = (value: number | undefined) => (value === undefined ? '' : String(value));

export function draftFromSettings(settings: ProgramSettings): ProgramDraft {
  return {
    levels: settings.levels.map((level) => ({
      code: level.code,
      name: level.name,
      threshold: text(level.threshold),
      multiplier: text(level.multiplier),
      discountPercent: text(level.discountPercent),
    })),
    pointsPerYuan: text(settings.earning.pointsPerYuan),
    growthPerYuan: text(settings.earning.growthPerYuan),
    maxPointsPerPurchase: text(settings.earning.maxPointsPerPurchase),
    pendingDays: text(settings.earning.pendingDays),
    refundWindowDays: text(settings.refundWindowDays),
    checkinBasePoints: text(settings.checkin.basePoints),
    checkinBaseGrowth: text(settings.checkin.baseGrowth),
    checkinCycleDays: text(settings.checkin.cycleDays),
    makeupCost: text(settings.checkin.makeupCost),
    makeupsPerMonth: text(settings.checkin.makeupsPerMonth),
    checkinBonuses: bonusesDraft(settings),
    referrerPoints: text(settings.referral.referrerPoints),
    secondLevelPoints: text(settings.referral.secondLevelPoints),
    maxRewardedPerYear: text(settings.referral.maxRewardedPerYear),
    minPaidYuan: fenToYuanText(settings.referral.minPaidFen),
    expiryPolicy: settings.expiry.policy,
    expiryDays: settings.expiry.policy === 'days-after-earn' ? text(settings.expiry.days) : '365',
    more: moreDraft(settings),
    effective: 'now',
    effectiveDate: '',
    effectiveTime: '00:00',
  };
}

/** The next level a marketer adds: the next code, a threshold above the last. */
export function newLevel(levels: LevelDraft[]): LevelDraft {
  const codes = levels.map((level) => Number(level.code.replace(/^L/, ''))).filter(Number.isFinite);
  const last = Number(levels[levels.length - 1]?.threshold) || 0;
  return {
    code: `L${Math.max(0, ...codes) + 1}`,
    name: '',
    threshold: String(last + 1000),
    multiplier: '1',
    discountPercent: '100',
  };
}

/**
 * The range a settings field takes, as the form shows it under the field: the bounds the server checks
 * (settings-bounds.ts), so a marketer sees the limit before a save is refused.
 */
export function rangeHint(key: string): string | undefined {
  const bounds = boundsOf(key);
  if (!bounds) return undefined;
  if (key.endsWith('Fen')) return `¥${formatNumber(bounds.min / 100)}–${formatNumber(bounds.max / 100)}`;
  if (bounds.min === 0 && /multiplier|PerYuan$/.test(key) && !key.endsWith('growthPerYuan'))
    return `大于 0，最多 ${formatNumber(bounds.max)}`;
  return `${formatNumber(bounds.min)}–${formatNumber(bounds.max)}`;
}

const range = (field: BoundedField) => rangeHint(field)!;

/** Chinese words for what is wrong, by the field's last key (the schema's own messages are English). */
const FIELD_MESSAGES: Record<string, string> = {
  name: '请填写等级名称（最多 20 字）',
  threshold: `门槛为 ${range('levels.threshold')} 的整数，首个等级从 0 开始，之后逐级递增`,
  multiplier: `积分倍数需${range('levels.multiplier')}`,
  discountPercent: '折扣为 1–100 的整数（90 = 9折，100 = 不打折）',
  code: '等级代码格式如 L1，且不能重复',
  pointsPerYuan: `每元积分需${range('earning.pointsPerYuan')}`,
  growthPerYuan: `每元成长值为 ${range('earning.growthPerYuan')}`,
  maxPointsPerPurchase: `单笔积分上限为 ${range('earning.maxPointsPerPurchase')} 的整数`,
  pendingDays: `消费积分到账天数为 ${range('earning.pendingDays')} 的整数（0 = 立即到账）`,
  refundWindowDays: `奖励到账天数为 ${range('refundWindowDays')} 的整数`,
  basePoints: `签到积分为 ${range('checkin.basePoints')} 的整数`,
  baseGrowth: `签到成长值为 ${range('checkin.baseGrowth')} 的整数`,
  cycleDays: `签到周期为 ${range('checkin.cycleDays')} 天`,
  makeupCost: `补签消耗为 ${range('checkin.makeupCost')} 的整数`,
  makeupsPerMonth: `每月补签次数为 ${range('checkin.makeupsPerMonth')} 的整数`,
  referrerPoints: `邀请奖励为 ${range('referral.referrerPoints')} 的整数`,
  secondLevelPoints: `二级奖励为 ${range('referral.secondLevelPoints')} 的整数`,
  maxRewardedPerYear: `每年奖励上限为 ${range('referral.maxRewardedPerYear')} 的整数`,
  minPaidFen: `首单最低实付为 ${range('referral.minPaidFen')}`,
  days: `有效天数为 ${range('expiry.days')} 的整数`,
  effectiveAt: '生效时间需晚于现在',
  levels: '等级设置有误（代码不能重复，至少一个等级）',
};

/** `body.levels.1.threshold` → `levels.1.threshold`; `checkin.basePoints` stays. */
export const fieldKey = (path: string): string => path.replace(/^body\./, '');

function messageFor(key: string, message?: string): string {
  if (message && hasChinese(message)) return message;
  if (key.endsWith('threshold') && message && /ascend/.test(message)) return '门槛需高于上一个等级';
  if (key.endsWith('threshold') && message && /starts at 0/.test(message)) return '第一个等级的门槛必须为 0';
  const more = moreMessage(key, message);
  if (more) return more;
  const last = key.split('.').pop() ?? key;
  return FIELD_MESSAGES[last] ?? FIELD_MESSAGES[key.split('.')[0]!] ?? '请检查这一项';
}

/** The refusals of a 400 VALIDATION_FAILED, each under its field (`details.issues[].path`). */
export function programErrorsFromIssues(details: Record<string, unknown> | undefined): ProgramErrors {
  const errors: ProgramErrors = {};
  for (const issue of validationIssues(details)) {
    const key = fieldKey(issue.path);
    if (!errors[key]) errors[key] = messageFor(key, issue.message);
  }
  return errors;
}

/**
 * The PUT body a draft stands for — the version it started from with the edited fields — or what is wrong, field by
 * field, checked with the same schema as the server.
 */
export function buildProgram(
  base: ProgramSettings,
  draft: ProgramDraft,
  now: number = Date.now(),
): { ok: true; body: ProgramUpdateBody } | { ok: false; errors: ProgramErrors } {
  const errors: ProgramErrors = {};
  const { num, yuan } = fieldReaders(errors);
  const levels: LevelSettings[] = draft.levels.map((level, index) => {
    const previous = base.levels.find((one) => one.code === level.code);
    return {
      code: level.code,
      name: level.name.trim(),
      threshold: num(`levels.${index}.threshold`, level.threshold),
      multiplier: num(`levels.${index}.multiplier`, level.multiplier),
      discountPercent: num(`levels.${index}.discountPercent`, level.discountPercent),
      upgradeGift: previous?.upgradeGift ?? { points: 0, couponTitle: null },
      perks: previous?.perks ?? [],
    };
  });
  // Checked here too: the schema's own check of the order runs only once every field reads.
  levels.forEach((level, index) => {
    const key = `levels.${index}.threshold`;
    if (errors[key] || !Number.isFinite(level.threshold)) return;
    if (index === 0 && level.threshold !== 0) errors[key] = '第一个等级的门槛必须为 0';
    const previous = levels[index - 1];
    if (previous && Number.isFinite(previous.threshold) && level.threshold <= previous.threshold)
      errors[key] = '门槛需高于上一个等级';
  });
  const expiry: ProgramSettings['expiry'] =
    draft.expiryPolicy === 'days-after-earn'
      ? { policy: 'days-after-earn', days: num('expiry.days', draft.expiryDays) }
      : { policy: draft.expiryPolicy };
  const typed: ProgramSettings = {
    ...base,
    levels,
    earning: {
      ...base.earning,
      pointsPerYuan: num('earning.pointsPerYuan', draft.pointsPerYuan),
      growthPerYuan: num('earning.growthPerYuan', draft.growthPerYuan),
      maxPointsPerPurchase: num('earning.maxPointsPerPurchase', draft.maxPointsPerPurchase),
      pendingDays: num('earning.pendingDays', draft.pendingDays),
    },
    refundWindowDays: num('refundWindowDays', draft.refundWindowDays),
    checkin: {
      ...base.checkin,
      basePoints: num('checkin.basePoints', draft.checkinBasePoints),
      baseGrowth: num('checkin.baseGrowth', draft.checkinBaseGrowth),
      cycleDays: num('checkin.cycleDays', draft.checkinCycleDays),
      makeupCost: num('checkin.makeupCost', draft.makeupCost),
      makeupsPerMonth: num('checkin.makeupsPerMonth', draft.makeupsPerMonth),
      bonuses: readBonuses(draft.checkinBonuses, errors),
    },
    referral: {
      ...base.referral,
      referrerPoints: num('referral.referrerPoints', draft.referrerPoints),
      secondLevelPoints: num('referral.secondLevelPoints', draft.secondLevelPoints),
      maxRewardedPerYear: num('referral.maxRewardedPerYear', draft.maxRewardedPerYear),
      minPaidFen: yuan('referral.minPaidFen', draft.minPaidYuan, 'referral.minPaidFen'),
    },
    expiry,
  };
  const settings = applyMore(base, typed, draft.more, errors);
  let effectiveAt: string | undefined;
  if (draft.effective === 'later') {
    const date = readDate(draft.effectiveDate);
    const time = readTime(draft.effectiveTime || '00:00');
    if (!date || !time) errors.effectiveAt = '请填写生效日期和时间，如 2026-12-01 00:00';
    else {
      effectiveAt = atTime(date, time);
      if (Date.parse(effectiveAt) <= now) errors.effectiveAt = '生效时间需晚于现在';
    }
  }
  const checked = programSettings.safeParse(settings);
  if (!checked.success) {
    for (const issue of checked.error.issues) {
      const key = issue.path.join('.');
      if (!errors[key]) errors[key] = messageFor(key, issue.message);
    }
  }
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  return { ok: true, body: { ...settings, ...(effectiveAt ? { effectiveAt } : {}) } };
}

/** `levels.1.threshold` → `levels-1-threshold` (the error's class is `.settings-<that>-error`). */
export const errorClassName = (key: string): string => key.replace(/\./g, '-');

export const EXPIRY_OPTIONS: ReadonlyArray<{ key: ExpiryPolicy; label: string }> = [
  { key: 'annual-rolling', label: '按年滚动' },
  { key: 'days-after-earn', label: '获得后 N 天' },
  { key: 'never', label: '永久有效' },
];
