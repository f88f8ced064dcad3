// The production WeChat build's env, for a page test that pays as in WeChat:
// jest.mock('../../miniapp/src/config/env', () => jest.requireActual('./weapp-env'));
export const env = { apiUrl: 'https://api.example.com', stage: 'prod', platform: 'weapp', paySheetUrl: '' };
export const isDemoLogin = false;
export const isWeapp = true;
