import { routes } from '../../lib/routes';

/** The page a share card opens: the login page, which passes `ref` on to POST /v1/auth/wechat. */
export const sharePath = (code: string): string => `${routes.login}?ref=${encodeURIComponent(code)}`;

/**
 * The H5 invitation link: `<origin><path>#/pages/login/index?ref=CODE` (hash routing). `base` is the page's
 * origin plus path (e.g. `https://m.example.com/` or `http://127.0.0.1:8080/index.html`).
 */
export function inviteLink(base: string, code: string): string {
  const root = base.replace(/#.*$/, '').replace(/\?.*$/, '');
  return `${root.endsWith('/') || /\.html?$/.test(root) ? root : `${root}/`}#${sharePath(code)}`;
}

/** The rules in words, from the server's numbers. */
export function referralRulesText(rules: {
  referrerPoints: number;
  secondLevelPoints: number;
  maxRewardedPerYear: number;
}): string[] {
  return [
    `好友通过你的邀请注册，首次消费后你得 ${rules.referrerPoints} 积分`,
    `你邀请的好友再邀请新朋友，新朋友首次消费后你也得 ${rules.secondLevelPoints} 积分`,
    `每年最多奖励 ${rules.maxRewardedPerYear} 位好友，奖励在好友首次消费后发放`,
  ];
}

export const SHARE_TITLE = '送你一张啡常时光会员卡，每一杯都有回馈';
