/** Badges (勋章): each awarded once, with the progress of the locked ones. */
export interface BadgeFacts {
  checkins: number;
  bestStreak: number;
  levelRank: number;
  purchases: number;
  referralsRewarded: number;
  redemptions: number;
}

export const badgeCatalog = [
  {
    code: 'first-checkin',
    name: '初来乍到',
    description: '完成第一次签到',
    target: (f: BadgeFacts) => [f.checkins, 1],
  },
  { code: 'streak-7', name: '坚持不懈', description: '连续签到 7 天', target: (f: BadgeFacts) => [f.bestStreak, 7] },
  { code: 'streak-30', name: '铁杆粉丝', description: '连续签到 30 天', target: (f: BadgeFacts) => [f.bestStreak, 30] },
  { code: 'silver', name: '银卡达人', description: '升级为银卡会员', target: (f: BadgeFacts) => [f.levelRank, 1] },
  { code: 'gold', name: '金卡达人', description: '升级为金卡会员', target: (f: BadgeFacts) => [f.levelRank, 2] },
  {
    code: 'coffee-expert',
    name: '咖啡行家',
    description: '累计消费 10 次',
    target: (f: BadgeFacts) => [f.purchases, 10],
  },
  {
    code: 'ambassador',
    name: '推荐官',
    description: '成功推荐 3 位好友',
    target: (f: BadgeFacts) => [f.referralsRewarded, 3],
  },
  {
    code: 'points-player',
    name: '积分玩家',
    description: '完成第一次积分兑换',
    target: (f: BadgeFacts) => [f.redemptions, 1],
  },
] as const satisfies readonly {
  code: string;
  name: string;
  description: string;
  target: (facts: BadgeFacts) => [number, number] | readonly number[];
}[];

export type BadgeCode = (typeof badgeCatalog)[number]['code'];

/** Badges the facts now earn that the member does not have yet. */
export function newlyEarnedBadges(facts: BadgeFacts, earned: Readonly<Record<string, string>>): BadgeCode[] {
  return badgeCatalog
    .filter((badge) => !earned[badge.code] && badge.target(facts)[0]! >= badge.target(facts)[1]!)
    .map((badge) => badge.code);
}

export function badgeWall(facts: BadgeFacts, earned: Readonly<Record<string, string>>) {
  return badgeCatalog.map((badge) => {
    const [current, target] = badge.target(facts) as [number, number];
    return {
      code: badge.code,
      name: badge.name,
      description: badge.description,
      earnedAt: earned[badge.code] ?? null,
      progress: earned[badge.code] ? null : { current: Math.min(current, target), target },
    };
  });
}
