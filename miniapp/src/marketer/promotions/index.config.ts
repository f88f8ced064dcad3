export default definePageConfig({
  navigationBarTitleText: '积分活动',
  enablePullDownRefresh: true,
  backgroundTextStyle: 'dark',
});
