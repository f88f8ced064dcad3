export default definePageConfig({
  navigationBarTitleText: '员工',
  enablePullDownRefresh: true,
  backgroundTextStyle: 'dark',
});
