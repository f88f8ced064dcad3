import type { ProgramSettings } from '@app/shared';

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
};

const describe = (path: string, value: unknown): string => {
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

/** What a save would change against the version in force: one line per setting, before → after. */
export function programChanges(
  before: ProgramSettings,
  after: ProgramSettings,
): { path: string; label: string; before: string; after: string }[] {
  const changes: { path: string; label: string; before: string; after: string }[] = [];
  const visit = (path: string, a: unknown, b: unknown) => {
    if (JSON.stringify(a) === JSON.stringify(b)) return;
    const whole = path in LABELS || Array.isArray(a) || Array.isArray(b) || a === null || b === null;
    if (!whole && a && b && typeof a === 'object' && typeof b === 'object') {
      for (const key of new Set([...Object.keys(a), ...Object.keys(b)]))
        visit(path ? `${path}.${key}` : key, (a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key]);
      return;
    }
    changes.push({ path, label: LABELS[path] ?? path, before: describe(path, a), after: describe(path, b) });
  };
  visit('', before, after);
  return changes;
}
