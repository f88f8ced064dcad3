export default definePageConfig({
  navigationBarTitleText: '礼品详情',
  enablePullDownRefresh: true,
  backgroundTextStyle: 'dark',
});
