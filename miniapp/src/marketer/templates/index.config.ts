export default definePageConfig({
  navigationBarTitleText: '优惠券模板',
  enablePullDownRefresh: true,
  backgroundTextStyle: 'dark',
  onReachBottomDistance: 80,
});
