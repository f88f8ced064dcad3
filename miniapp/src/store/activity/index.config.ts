export default definePageConfig({
  navigationBarTitleText: '今日流水',
  enablePullDownRefresh: true,
  backgroundTextStyle: 'dark',
});
