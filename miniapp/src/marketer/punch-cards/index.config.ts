export default definePageConfig({
  navigationBarTitleText: '次卡商品',
  enablePullDownRefresh: true,
  backgroundTextStyle: 'dark',
});
