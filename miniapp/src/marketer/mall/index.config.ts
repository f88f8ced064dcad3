export default definePageConfig({
  navigationBarTitleText: '积分商城管理',
  enablePullDownRefresh: true,
  backgroundTextStyle: 'dark',
});
