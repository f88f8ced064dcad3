export default definePageConfig({
  navigationBarTitleText: '兑换详情',
  enablePullDownRefresh: true,
  backgroundTextStyle: 'dark',
});
