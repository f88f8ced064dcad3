export default definePageConfig({
  navigationBarTitleText: '新建优惠券模板',
});
