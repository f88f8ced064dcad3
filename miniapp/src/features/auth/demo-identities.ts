/**
 * Seeded identities of the local stage (see the seed in infra/seed/demo-data.ts), offered by the H5 demo login
 * screen: each named as the seed makes them (nickname · level, store), so a visitor knows whom they become.
 */
export interface DemoIdentity {
  openid: string;
  title: string;
  subtitle: string;
  group: 'member' | 'staff' | 'marketer';
}

export const demoIdentities: DemoIdentity[] = [
  { openid: 'demo-member-1', title: '林小满 · 普通会员', subtitle: '会员 · demo-member-1', group: 'member' },
  { openid: 'demo-member-2', title: '陈阿杰 · 银卡会员', subtitle: '会员 · demo-member-2', group: 'member' },
  { openid: 'demo-member-3', title: '王可可 · 金卡会员', subtitle: '会员 · demo-member-3', group: 'member' },
  { openid: 'staff-s001', title: '人民广场店 店员', subtitle: '店员 · S001', group: 'staff' },
  { openid: 'staff-s002', title: '陆家嘴店 店员', subtitle: '店员 · S002', group: 'staff' },
  { openid: 'marketer', title: '总部营销', subtitle: '营销 · 会员运营', group: 'marketer' },
];

export const demoGroups: { group: DemoIdentity['group']; label: string }[] = [
  { group: 'member', label: '会员' },
  { group: 'staff', label: '店员' },
  { group: 'marketer', label: '营销' },
];

/** A fresh openid, so every tap on 新会员 registers a brand-new member. */
export const newMemberOpenid = (random: () => number = Math.random): string =>
  `new-${Math.floor(random() * 36 ** 8)
    .toString(36)
    .padStart(8, '0')}`;
