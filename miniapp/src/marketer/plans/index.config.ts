export default definePageConfig({
  navigationBarTitleText: '付费会员方案',
  enablePullDownRefresh: true,
  backgroundTextStyle: 'dark',
});
