export default definePageConfig({ navigationBarTitleText: '开通PLUS' });
