export { wechatPayClient } from './client';
export type * from './port';
export { rfc3339InChina } from './resources';
export { NOTIFICATION_WINDOW_S, requestPaymentArgs, verifyNotification } from './signatures';
