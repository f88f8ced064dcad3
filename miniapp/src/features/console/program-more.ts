import { type BoundedField, type ProgramSettings, SETTINGS_BOUNDS } from '@app/shared';
import { formatNumber } from '../../lib/format';
import { fenToYuanText, parseYuan } from '../../lib/money';

/**
 * 规则设置's further sections as typed: tasks, upgrade gifts and perks, automatic coupons, the level-drop policy,
 * 集点卡, member code, 积分抵现 and the custom top-up range. Strings for the fields; `applyMore` turns them back into
 * settings, each field's problem under its settings path.
 */
export type LevelPolicy = ProgramSettings['levelPolicy'];

export interface PerkDraft {
  code: string;
  title: string;
  description: string;
}

/** A level's upgrade gift, perks and 储值 threshold, kept by level code (the levels section adds and removes levels). */
export interface LevelExtraDraft {
  giftPoints: string;
  giftCouponTitle: string;
  /** Rolling 12-month top-up principal that reaches the level too, yuan ('' = growth only). */
  topupYuan: string;
  perks: PerkDraft[];
}

export interface TaskDraft {
  code: string;
  title: string;
  points: string;
  growth: string;
}

export interface MonthlyCouponDraft {
  levelCode: string;
  dayOfMonth: string;
  templateId: string;
}

export interface CouponsDraft {
  /** '' = none. */
  newMember: string;
  stampCard: string;
  birthday: string[];
  upgrade: Record<string, string>;
  levelPerks: MonthlyCouponDraft[];
  tasks: Record<string, string>;
}

export interface MoreDraft {
  name: string;
  tasks: TaskDraft[];
  levelExtras: Record<string, LevelExtraDraft>;
  levelPolicy: LevelPolicy;
  stampMinSpendYuan: string;
  stampsPerCard: string;
  memberCodeTtl: string;
  cashEnabled: boolean;
  cashPointsPerYuan: string;
  cashMaxSharePercent: string;
  cashMinPoints: string;
  walletMinYuan: string;
  walletMaxYuan: string;
  coupons: CouponsDraft;
}

/** The perk that makes a level's members get the birthday coupons (functions/src/jobs/birthday-gifts.ts). */
export const BIRTHDAY_PERK = 'birthday-gift';

export const TASK_NAMES: Record<string, string> = {
  'complete-profile': '完善资料',
  'bind-phone': '绑定手机号',
  'first-checkin': '首次签到',
  'first-purchase': '首次消费',
  'first-redemption': '首次积分兑换',
};

export const LEVEL_POLICIES: ReadonlyArray<{ key: LevelPolicy; label: string; hint: string }> = [
  { key: 'one-level', label: '降一级', hint: '保级期满未达门槛，降一级' },
  { key: 'to-qualified', label: '降到达标等级', hint: '保级期满，降到成长值或储值达到的等级' },
  { key: 'never', label: '不降级', hint: '等级一经获得永久保留' },
];

const text = (value: number | null | undefined) => (value == null ? '' : String(value));

export const extraOf = (level: ProgramSettings['levels'][number]): LevelExtraDraft => ({
  giftPoints: text(level.upgradeGift.points),
  giftCouponTitle: level.upgradeGift.couponTitle ?? '',
  topupYuan: level.topupThresholdFen == null ? '' : fenToYuanText(level.topupThresholdFen),
  perks: level.perks.map((perk) => ({ ...perk })),
});

export const NEW_LEVEL_EXTRA: LevelExtraDraft = { giftPoints: '0', giftCouponTitle: '', topupYuan: '', perks: [] };

export function moreDraft(settings: ProgramSettings): MoreDraft {
  const auto = settings.automaticCoupons;
  return {
    name: settings.name,
    tasks: settings.tasks.map((task) => ({ ...task, points: text(task.points), growth: text(task.growth) })),
    levelExtras: Object.fromEntries(settings.levels.map((level) => [level.code, extraOf(level)])),
    levelPolicy: settings.levelPolicy,
    stampMinSpendYuan: fenToYuanText(settings.stampCard.minSpendFen),
    stampsPerCard: text(settings.stampCard.stampsPerCard),
    memberCodeTtl: text(settings.memberCode.ttlSeconds),
    cashEnabled: settings.pointsAsCash.enabled,
    cashPointsPerYuan: text(settings.pointsAsCash.pointsPerYuan),
    cashMaxSharePercent: text(settings.pointsAsCash.maxSharePercent),
    cashMinPoints: text(settings.pointsAsCash.minPoints),
    walletMinYuan: fenToYuanText(settings.wallet.customMinFen),
    walletMaxYuan: fenToYuanText(settings.wallet.customMaxFen),
    coupons: {
      newMember: auto.newMember ?? '',
      stampCard: auto.stampCard ?? '',
      birthday: [...auto.birthday],
      upgrade: { ...auto.upgrade },
      levelPerks: auto.levelPerks.map((perk) => ({ ...perk, dayOfMonth: text(perk.dayOfMonth) })),
      tasks: { ...auto.tasks },
    },
  };
}

/** Readers of typed numbers and amounts; what does not read is written under its key. */
export function fieldReaders(errors: Record<string, string>) {
  return {
    num(key: string, value: string): number {
      if (/^\s*\d+(\.\d+)?\s*$/.test(value)) return Number(value);
      errors[key] = value.trim() === '' ? '请填写' : '请填写数字';
      return Number.NaN;
    },
    yuan(key: string, value: string, bound: BoundedField): number {
      const read = parseYuan(value, { allowZero: true, max: SETTINGS_BOUNDS[bound].max });
      if (!read.ok) errors[key] = read.error;
      return read.ok ? read.fen : Number.NaN;
    },
  };
}

/**
 * The settings with the further sections' fields: `settings` has the levels as typed, whose gifts, perks and 储值
 * thresholds are set here by code (`base`: the version the draft started from).
 */
export function applyMore(
  base: ProgramSettings,
  settings: ProgramSettings,
  more: MoreDraft,
  errors: Record<string, string>,
): ProgramSettings {
  const { num, yuan } = fieldReaders(errors);
  const levels = settings.levels.map((level, index) => {
    const extra = more.levelExtras[level.code] ?? NEW_LEVEL_EXTRA;
    const before = base.levels.find((one) => one.code === level.code);
    const at = `levels.${index}`;
    return {
      ...level,
      upgradeGift: {
        points: num(`${at}.upgradeGift.points`, extra.giftPoints),
        couponTitle: extra.giftCouponTitle.trim() || null,
      },
      // Growth only: written as the version had it (absent or null), so an untouched level shows no change.
      ...(extra.topupYuan.trim() !== ''
        ? { topupThresholdFen: yuan(`${at}.topupThresholdFen`, extra.topupYuan, 'levels.topupThresholdFen') }
        : before?.topupThresholdFen !== undefined
          ? { topupThresholdFen: null }
          : {}),
      perks: extra.perks.map((perk) => ({ ...perk, title: perk.title.trim(), description: perk.description.trim() })),
    };
  });
  const walletMin = yuan('wallet.customMinFen', more.walletMinYuan, 'wallet.customMinFen');
  const walletMax = yuan('wallet.customMaxFen', more.walletMaxYuan, 'wallet.customMaxFen');
  if (walletMin > walletMax) errors['wallet.customMaxFen'] = '最高金额不能低于最低金额';
  const levelCodes = new Set(levels.map((level) => level.code));
  const taskCodes = new Set(more.tasks.map((task) => task.code));
  const coupons = more.coupons;
  return {
    ...settings,
    name: more.name.trim(),
    levels,
    tasks: more.tasks.map((task, index) => ({
      code: task.code,
      title: task.title.trim(),
      points: num(`tasks.${index}.points`, task.points),
      growth: num(`tasks.${index}.growth`, task.growth),
    })),
    levelPolicy: more.levelPolicy,
    stampCard: {
      minSpendFen: yuan('stampCard.minSpendFen', more.stampMinSpendYuan, 'stampCard.minSpendFen'),
      stampsPerCard: num('stampCard.stampsPerCard', more.stampsPerCard),
    },
    memberCode: { ttlSeconds: num('memberCode.ttlSeconds', more.memberCodeTtl) },
    pointsAsCash: {
      enabled: more.cashEnabled,
      pointsPerYuan: num('pointsAsCash.pointsPerYuan', more.cashPointsPerYuan),
      maxSharePercent: num('pointsAsCash.maxSharePercent', more.cashMaxSharePercent),
      minPoints: num('pointsAsCash.minPoints', more.cashMinPoints),
    },
    wallet: { customMinFen: walletMin, customMaxFen: walletMax },
    automaticCoupons: {
      newMember: coupons.newMember || null,
      stampCard: coupons.stampCard || null,
      birthday: coupons.birthday,
      // A removed level or task takes its coupon with it.
      upgrade: Object.fromEntries(Object.entries(coupons.upgrade).filter(([code, id]) => id && levelCodes.has(code))),
      levelPerks: coupons.levelPerks.map((perk, index) => ({
        levelCode: perk.levelCode,
        dayOfMonth: num(`automaticCoupons.levelPerks.${index}.dayOfMonth`, perk.dayOfMonth),
        templateId: perk.templateId,
      })),
      tasks: Object.fromEntries(Object.entries(coupons.tasks).filter(([code, id]) => id && taskCodes.has(code))),
    },
  };
}

const yuanRange = (field: BoundedField) => {
  const { min, max } = SETTINGS_BOUNDS[field];
  return `¥${formatNumber(min / 100)}–${formatNumber(max / 100)}`;
};
const range = (field: BoundedField) => {
  const { min, max } = SETTINGS_BOUNDS[field];
  return `${formatNumber(min)}–${formatNumber(max)}`;
};

/** Chinese words for the further sections' fields, by the settings path without indexes. */
const MORE_MESSAGES: Record<string, string> = {
  name: '请填写会员计划名称（最多 40 字）',
  'tasks.title': '请填写任务名称（最多 40 字）',
  'tasks.points': `任务积分为 ${range('tasks.points')} 的整数`,
  'tasks.growth': `任务成长值为 ${range('tasks.growth')} 的整数`,
  'tasks.code': '同一任务只能有一条',
  'levels.upgradeGift.points': `升级礼积分为 ${range('levels.upgradeGift.points')} 的整数`,
  'levels.upgradeGift.couponTitle': '礼券名称最多 30 字',
  'levels.topupThresholdFen': `储值门槛为 ${yuanRange('levels.topupThresholdFen')}，不填则只看成长值`,
  'levels.perks.title': '请填写权益名称（最多 40 字）',
  'levels.perks.description': '权益说明最多 200 字',
  'levels.perks.code': '权益代码只能用字母、数字、- 和 _',
  'stampCard.minSpendFen': `集点门槛为 ${yuanRange('stampCard.minSpendFen')}`,
  'stampCard.stampsPerCard': `集满点数为 ${range('stampCard.stampsPerCard')} 的整数`,
  'memberCode.ttlSeconds': `会员码有效期为 ${range('memberCode.ttlSeconds')} 秒`,
  'pointsAsCash.pointsPerYuan': `抵 1 元所需积分为 ${range('pointsAsCash.pointsPerYuan')} 的整数`,
  'pointsAsCash.maxSharePercent': `最多抵扣比例为 ${range('pointsAsCash.maxSharePercent')} 的整数`,
  'pointsAsCash.minPoints': `起用积分为 ${range('pointsAsCash.minPoints')} 的整数`,
  'wallet.customMinFen': `自定义充值最低为 ${yuanRange('wallet.customMinFen')}`,
  'wallet.customMaxFen': `自定义充值最高为 ${yuanRange('wallet.customMaxFen')}`,
  'automaticCoupons.levelPerks.dayOfMonth': '发放日为每月 1–28 日',
};

/** The words for a further section's field, or undefined for a field of the first sections. */
export function moreMessage(key: string, message?: string): string | undefined {
  const generic = key.replace(/\.\d+(?=\.|$)/g, '');
  if (generic.startsWith('automaticCoupons') && !generic.endsWith('dayOfMonth')) {
    if (message && /unknown level/.test(message)) return '这个等级已不存在，请重新选择';
    if (message && /unknown task/.test(message)) return '这个任务已不存在，请重新选择';
    if (!message || !/unknown coupon template/.test(message)) return '请选择券模板';
    return '券模板不存在，请重新选择';
  }
  if (generic === 'wallet.customMaxFen' && message && /below/.test(message)) return '最高金额不能低于最低金额';
  return MORE_MESSAGES[generic];
}
