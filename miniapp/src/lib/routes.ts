import Taro from '@tarojs/taro';
import type { Role } from '@app/shared';

export const routes = {
  login: '/pages/login/index',
  card: '/pages/card/index',
  profile: '/pages/profile/index',
  points: '/pages/points/index',
  levels: '/pages/levels/index',
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

/** Opens a page on top of the current one, with query parameters (encoded). */
export function openPage(url: string, params: Record<string, string> = {}): Promise<unknown> {
  const query = Object.entries(params)
    .map(([key, value]) => `${encodeURIComponent(key)}=${encodeURIComponent(value)}`)
    .join('&');
  return Taro.navigateTo({ url: query ? `${url}?${query}` : url });
}

/** Back to the page below, or — when this page was opened directly (H5 reload) — to `fallback` instead. */
export function goBack(fallback: string): Promise<unknown> {
  return Taro.getCurrentPages().length > 1 ? Taro.navigateBack() : Taro.redirectTo({ url: fallback });
}
