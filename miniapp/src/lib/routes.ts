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
  mall: '/pages/mall/index',
  mallItem: '/pages/mall-item/index',
  order: '/pages/order/index',
  orders: '/pages/orders/index',
  coupons: '/pages/coupons/index',
  coupon: '/pages/coupon/index',
  couponCenter: '/pages/coupon-center/index',
  storeScan: '/store/scan/index',
  storePurchase: '/store/purchase/index',
  storeRefund: '/store/refund/index',
  storeActivity: '/store/activity/index',
  storeJoin: '/store/join/index',
  marketerHome: '/marketer/home/index',
  marketerTemplates: '/marketer/templates/index',
  marketerTemplateNew: '/marketer/template-new/index',
  marketerCampaigns: '/marketer/campaigns/index',
  marketerCampaignNew: '/marketer/campaign-new/index',
  marketerCampaign: '/marketer/campaign/index',
  marketerDashboard: '/marketer/dashboard/index',
  marketerMembers: '/marketer/members/index',
  marketerMember: '/marketer/member/index',
  marketerTags: '/marketer/tags/index',
  marketerSettings: '/marketer/settings/index',
  marketerAudit: '/marketer/audit/index',
  marketerMessages: '/marketer/messages/index',
  marketerStores: '/marketer/stores/index',
  marketerStaff: '/marketer/staff/index',
  marketerMall: '/marketer/mall/index',
  marketerMallItem: '/marketer/mall-item/index',
  marketerPromotions: '/marketer/promotions/index',
  wallet: '/pages/wallet/index',
  topup: '/pages/topup/index',
  marketerProducts: '/marketer/products/index',
  plus: '/pages/plus/index',
  punchCards: '/pages/punch-cards/index',
  storeUseCard: '/store/use-card/index',
  marketerPlans: '/marketer/plans/index',
  marketerPunchCards: '/marketer/punch-cards/index',
  storeTopup: '/store/topup/index',
  marketerWalletPackages: '/marketer/wallet-packages/index',
  marketerWalletTopups: '/marketer/wallet-topups/index',
} as const;

export const homeOf = (role: Role): string =>
  role === 'staff' ? routes.storeScan : role === 'marketer' ? routes.marketerHome : routes.card;

/** Replaces the whole page stack: used after login, logout and a 401. */
export function relaunch(url: string): Promise<unknown> {
  return Taro.reLaunch({ url });
}

/** The tabBar pages: they are switched to, never pushed (and take no query). */
export const tabRoutes: readonly string[] = [routes.card, routes.checkin, routes.mall, routes.profile];

/** Opens a page on top of the current one, with query parameters (encoded); a tab page is switched to. */
export function openPage(url: string, params: Record<string, string> = {}): Promise<unknown> {
  if (tabRoutes.includes(url)) return Taro.switchTab({ url });
  return Taro.navigateTo({ url: withParams(url, params) });
}

/** `/pages/order/index` + { orderId: 'a b' } → `/pages/order/index?orderId=a%20b` */
function withParams(url: string, params: Record<string, string>): string {
  const query = Object.entries(params)
    .map(([key, value]) => `${encodeURIComponent(key)}=${encodeURIComponent(value)}`)
    .join('&');
  return query ? `${url}?${query}` : url;
}

/** Back to the page below, or — when this page was opened directly (H5 reload) — to `fallback` instead. */
export function goBack(fallback: string): Promise<unknown> {
  if (Taro.getCurrentPages().length > 1) return Taro.navigateBack();
  return tabRoutes.includes(fallback) ? Taro.switchTab({ url: fallback }) : Taro.redirectTo({ url: fallback });
}

/** Replaces the current page (the back button then skips it): e.g. the item page by its order's result. */
export function replacePage(url: string, params: Record<string, string> = {}): Promise<unknown> {
  return Taro.redirectTo({ url: withParams(url, params) });
}
