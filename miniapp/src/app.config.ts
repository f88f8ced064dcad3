/**
 * Main package: login, the four member tabs (会员卡, 签到, 积分商城, 我的), points, level, tasks, badges and invite pages, and
 * the mall's item, order and 我的兑换 pages (small; they share the tab's components and the QR code library with the
 * card), and the coupon wallet, a coupon's QR and 领券中心. Staff and marketer screens (coupon templates and
 * campaigns too) live in subpackages so the main package stays small (WeChat allows 2 MB per package).
 */
export default defineAppConfig({
  pages: [
    'pages/login/index',
    'pages/card/index',
    'pages/checkin/index',
    'pages/profile/index',
    'pages/points/index',
    'pages/levels/index',
    'pages/tasks/index',
    'pages/badges/index',
    'pages/invite/index',
    'pages/mall/index',
    'pages/mall-item/index',
    'pages/order/index',
    'pages/orders/index',
    'pages/coupons/index',
    'pages/coupon/index',
    'pages/coupon-center/index',
    'pages/wallet/index',
    'pages/topup/index',
  ],
  subPackages: [
    {
      root: 'store',
      pages: ['scan/index', 'purchase/index', 'refund/index', 'activity/index', 'join/index', 'topup/index'],
    },
    {
      root: 'marketer',
      pages: [
        'home/index',
        'templates/index',
        'template-new/index',
        'campaigns/index',
        'campaign-new/index',
        'campaign/index',
        'dashboard/index',
        'members/index',
        'member/index',
        'tags/index',
        'settings/index',
        'audit/index',
        'messages/index',
        'stores/index',
        'staff/index',
        'mall/index',
        'mall-item/index',
        'promotions/index',
        'products/index',
        'wallet-packages/index',
        'wallet-topups/index',
      ],
    },
  ],
  window: {
    navigationBarBackgroundColor: '#4a3426',
    navigationBarTitleText: '啡常时光',
    navigationBarTextStyle: 'white',
    backgroundColor: '#f6f0e8',
    backgroundTextStyle: 'dark',
  },
  tabBar: {
    color: '#9a8a7d',
    selectedColor: '#6f4e37',
    backgroundColor: '#fffdf9',
    borderStyle: 'white',
    list: [
      {
        pagePath: 'pages/card/index',
        text: '会员卡',
        iconPath: 'assets/tab/card.png',
        selectedIconPath: 'assets/tab/card-active.png',
      },
      {
        pagePath: 'pages/checkin/index',
        text: '签到',
        iconPath: 'assets/tab/checkin.png',
        selectedIconPath: 'assets/tab/checkin-active.png',
      },
      {
        pagePath: 'pages/mall/index',
        text: '积分商城',
        iconPath: 'assets/tab/mall.png',
        selectedIconPath: 'assets/tab/mall-active.png',
      },
      {
        pagePath: 'pages/profile/index',
        text: '我的',
        iconPath: 'assets/tab/profile.png',
        selectedIconPath: 'assets/tab/profile-active.png',
      },
    ],
  },
});
