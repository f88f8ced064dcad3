import Taro from '@tarojs/taro';
import type { Role } from '@app/shared';

export const routes = {
  login: '/pages/login/index',
  card: '/pages/card/index',
  profile: '/pages/profile/index',
  points: '/pages/points/index',
  levels: '/pages/levels/index',
  checkin: '/pages/checkin/index',
  tasks: '/pages/tasks/index',
  badges: '/pages/badges/index',
  invite: '/pages/invite/index',
  storeScan: '/store/scan/index',
  storePurchase: '/store/purchase/index',
  storeRefund: '/store/refund/index',
  storeActivity: '/store/activity/index',
  marketerHome: '/marketer/home/index',
} as const;

export const homeOf = (role: Role): string =>
  role === 'staff' ? routes.storeScan : role === 'marketer' ? routes.marketerHome : routes.card;

/** Replaces the whole page stack: used after login, logout and a 401. */
export function relaunch(url: string): Promise<unknown> {
  return Taro.reLaunch({ url });
}

/** The tabBar pages: they are switched to, never pushed (and take no query). */
export const tabRoutes: readonly string[] = [routes.card, routes.checkin, routes.profile];

/** Opens a page on top of the current one, with query parameters (encoded); a tab page is switched to. */
export function openPage(url: string, params: Record<string, string> = {}): Promise<unknown> {
  if (tabRoutes.includes(url)) return Taro.switchTab({ url });
  const query = Object.entries(params)
    .map(([key, value]) => `${encodeURIComponent(key)}=${encodeURIComponent(value)}`)
    .join('&');
  return Taro.navigateTo({ url: query ? `${url}?${query}` : url });
}

/** Back to the page below, or — when this page was opened directly (H5 reload) — to `fallback` instead. */
export function goBack(fallback: string): Promise<unknown> {
  return Taro.getCurrentPages().length > 1 ? Taro.navigateBack() : Taro.redirectTo({ url: fallback });
}
