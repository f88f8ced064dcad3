import type { AutomaticCoupons, ProgramSettings } from '@app/shared';

/** Words for the settings a marketer changes most; any other setting is shown by its path. */
const LABELS: Record<string, string> = {
  'earning.pointsPerYuan': '每元积分',
  'earning.growthPerYuan': '每元成长值',
  'earning.maxPointsPerPurchase': '单笔积分上限',
  'earning.pendingDays': '积分待到账天数',
  refundWindowDays: '奖励待到账天数',
  'checkin.basePoints': '签到每日积分',
  'checkin.baseGrowth': '签到每日成长值',
  'checkin.cycleDays': '签到周期',
  'checkin.bonuses': '连续签到奖励',
  'checkin.makeupCost': '补签消耗积分',
  'checkin.makeupsPerMonth': '每月补签次数',
  'referral.referrerPoints': '邀请人奖励积分',
  'referral.secondLevelPoints': '二级邀请奖励',
  'referral.maxRewardedPerYear': '每年奖励人数上限',
  'referral.minPaidFen': '首单最低实付（分）',
  expiry: '积分有效期',
  levels: '会员等级',
  name: '会员计划名称',
  tasks: '新手任务',
  levelPolicy: '降级规则',
  'stampCard.minSpendFen': '集点门槛（分）',
  'stampCard.stampsPerCard': '集满点数',
  'memberCode.ttlSeconds': '会员码有效秒数',
  'pointsAsCash.enabled': '积分抵现',
  'pointsAsCash.pointsPerYuan': '抵 1 元所需积分',
  'pointsAsCash.maxSharePercent': '最多抵扣 %',
  'pointsAsCash.minPoints': '起用积分',
  'wallet.customMinFen': '自定义充值最低（分）',
  'wallet.customMaxFen': '自定义充值最高（分）',
  'automaticCoupons.newMember': '新会员券',
  'automaticCoupons.stampCard': '集满点数券',
  'automaticCoupons.upgrade': '升级券',
  'automaticCoupons.birthday': '生日券',
  'automaticCoupons.levelPerks': '每月等级券',
  'automaticCoupons.tasks': '任务奖励券',
};

const POLICY_WORDS: Record<string, string> = { 'one-level': '降一级', 'to-qualified': '降到达标等级', never: '不降级' };

type Level = ProgramSettings['levels'][number];

/** A level's settings, each as a marketer reads it. */
const levelParts = (level: Level): string[] => [
  `${level.name} 门槛${level.threshold}`,
  `${level.multiplier}倍积分`,
  level.discountPercent === 100 ? '不打折' : `${level.discountPercent / 10}折`,
  `升级礼${level.upgradeGift.points}积分${level.upgradeGift.couponTitle ? `+${level.upgradeGift.couponTitle}` : ''}`,
  level.topupThresholdFen != null ? `储值${level.topupThresholdFen / 100}元` : '不按储值升级',
  `权益：${level.perks.map((perk) => perk.title).join('、') || '无'}`,
];

/** A changed level in one line each side: only what differs, or the whole level when it is added or removed. */
function levelLines(was: Level | undefined, now: Level | undefined): { before: string; after: string } {
  if (!was || !now)
    return { before: was ? levelParts(was).join(' · ') : '无', after: now ? levelParts(now).join(' · ') : '无' };
  const [a, b] = [levelParts(was), levelParts(now)];
  const differ = a.map((_, i) => i).filter((i) => a[i] !== b[i]);
  return { before: differ.map((i) => a[i]).join(' · '), after: differ.map((i) => b[i]).join(' · ') };
}

const describe = (path: string, value: unknown, names: Record<string, string> = {}): string => {
  const template = (id: unknown) => (typeof id === 'string' ? (names[id] ?? id) : '不发');
  if (value === undefined || value === null) return path.startsWith('automaticCoupons') ? '不发' : '无';
  if (path === 'levelPolicy') return POLICY_WORDS[String(value)] ?? String(value);
  if (path === 'pointsAsCash.enabled') return value ? '开启' : '关闭';
  if (path === 'tasks' && Array.isArray(value))
    return (value as ProgramSettings['tasks']).map((task) => `${task.title} ${task.points}积分`).join('，') || '无';
  if (path === 'automaticCoupons.birthday' && Array.isArray(value)) return value.map(template).join('、') || '不发';
  if (path === 'automaticCoupons.levelPerks' && Array.isArray(value))
    return (
      (value as AutomaticCoupons['levelPerks'])
        .map((perk) => `${perk.levelCode} 每月${perk.dayOfMonth}日 ${template(perk.templateId)}`)
        .join('，') || '不发'
    );
  if ((path === 'automaticCoupons.upgrade' || path === 'automaticCoupons.tasks') && typeof value === 'object')
    return (
      Object.entries(value as Record<string, string>)
        .map(([code, id]) => `${code} ${template(id)}`)
        .join('，') || '不发'
    );
  if (path.startsWith('automaticCoupons')) return template(value);
  if (path === 'checkin.bonuses' && Array.isArray(value))
    return value.length === 0
      ? '无'
      : (value as { day: number; points: number }[]).map((b) => `第${b.day}天+${b.points}`).join('，');
  if (path === 'expiry' && value && typeof value === 'object') {
    const expiry = value as ProgramSettings['expiry'];
    return expiry.policy === 'days-after-earn'
      ? `获得后 ${expiry.days} 天`
      : expiry.policy === 'never'
        ? '永久有效'
        : '按年滚动';
  }
  if (path === 'levels' && Array.isArray(value))
    return (value as { name: string; threshold: number }[]).map((l) => `${l.name}(${l.threshold})`).join('、');
  return typeof value === 'object' ? JSON.stringify(value) : String(value);
};

/**
 * What a save would change against the version in force: one line per setting, before → after; a level by its code
 * in one line; coupon templates by their titles where `names` has them.
 */
export function programChanges(
  before: ProgramSettings,
  after: ProgramSettings,
  names: Record<string, string> = {},
): { path: string; label: string; before: string; after: string }[] {
  const changes: { path: string; label: string; before: string; after: string }[] = [];
  const visit = (path: string, a: unknown, b: unknown) => {
    if (JSON.stringify(a) === JSON.stringify(b)) return;
    if (path === 'levels') {
      const codes = new Set([...before.levels, ...after.levels].map((level) => level.code));
      for (const code of codes) {
        const [was, now] = [before.levels, after.levels].map((levels) => levels.find((one) => one.code === code));
        if (JSON.stringify(was) === JSON.stringify(now)) continue;
        const line = { path: `levels.${code}`, label: `等级 ${code} ${(now ?? was)!.name}` };
        changes.push({ ...line, ...levelLines(was, now) });
      }
      return;
    }
    const whole = path in LABELS || Array.isArray(a) || Array.isArray(b) || a === null || b === null;
    if (!whole && a && b && typeof a === 'object' && typeof b === 'object') {
      for (const key of new Set([...Object.keys(a), ...Object.keys(b)]))
        visit(path ? `${path}.${key}` : key, (a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key]);
      return;
    }
    changes.push({
      path,
      label: LABELS[path] ?? path,
      before: describe(path, a, names),
      after: describe(path, b, names),
    });
  };
  visit('', before, after);
  return changes;
}
