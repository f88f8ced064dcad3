/** Who the demo program starts with. Logins in the local stage: `dev:<openid>`. */
export const demoAccounts = [
  { openid: 'staff-s001', role: 'staff', storeId: 'S001', label: '店员 · 人民广场店' },
  { openid: 'staff-s002', role: 'staff', storeId: 'S002', label: '店员 · 陆家嘴店' },
  { openid: 'marketer', role: 'marketer', label: '营销 · 总部' },
] as const;

/**
 * Demo members at each level, with growth spread over recent months so their cards show real progress, and a
 * welcome balance (credited by 系统, a recorded adjustment) so the mall can be tried at once.
 */
export const demoMembers = [
  {
    openid: 'demo-member-1',
    nickname: '林小满',
    birthday: null,
    levelCode: 'L1',
    growthByMonthsAgo: [60, 45, 35],
    levelMonthsAgo: 3,
    welcomePoints: 180,
  },
  {
    openid: 'demo-member-2',
    nickname: '陈阿杰',
    birthday: '1994-08-08',
    levelCode: 'L2',
    growthByMonthsAgo: [120, 210, 180, 150, 96],
    levelMonthsAgo: 3,
    welcomePoints: 860,
  },
  {
    openid: 'demo-member-3',
    nickname: '王可可',
    birthday: '1990-03-15',
    levelCode: 'L3',
    growthByMonthsAgo: [260, 410, 380, 520, 330, 240],
    levelMonthsAgo: 2,
    welcomePoints: 2600,
  },
] as const;
