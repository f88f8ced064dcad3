export default definePageConfig({ navigationBarTitleText: '核销次卡' });
