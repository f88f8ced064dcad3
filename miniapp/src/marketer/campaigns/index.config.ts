export default definePageConfig({
  navigationBarTitleText: '营销活动',
  enablePullDownRefresh: true,
  backgroundTextStyle: 'dark',
  onReachBottomDistance: 80,
});
