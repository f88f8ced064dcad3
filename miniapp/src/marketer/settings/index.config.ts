export default definePageConfig({
  navigationBarTitleText: '规则设置',
  enablePullDownRefresh: true,
  backgroundTextStyle: 'dark',
});
