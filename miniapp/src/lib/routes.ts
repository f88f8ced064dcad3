import Taro from '@tarojs/taro';
import type { Role } from '@app/shared';

export const routes = {
  login: '/pages/login/index',
  card: '/pages/card/index',
  profile: '/pages/profile/index',
  storeScan: '/store/scan/index',
  marketerHome: '/marketer/home/index',
} as const;

export const homeOf = (role: Role): string =>
  role === 'staff' ? routes.storeScan : role === 'marketer' ? routes.marketerHome : routes.card;

/** Replaces the whole page stack: used after login, logout and a 401. */
export function relaunch(url: string): Promise<unknown> {
  return Taro.reLaunch({ url });
}
