export default definePageConfig({
  navigationBarTitleText: '储值套餐',
});
