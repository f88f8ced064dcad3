export default definePageConfig({
  navigationBarTitleText: '啡常时光',
  navigationStyle: 'custom',
  disableScroll: false,
});
