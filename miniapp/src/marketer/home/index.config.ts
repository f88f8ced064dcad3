export default definePageConfig({
  navigationBarTitleText: '营销工作台',
});
