import {
  accountResponse,
  authResponse,
  healthResponse,
  levelHistoryResponse,
  listResponse,
  memberCodeResponse,
  invitationResponse,
  meResponse,
  subscriptionsResponse,
  storeResponse,
} from '@app/shared';
import { handler as healthHandler } from '../../system/health/handler';
import { handler as authWechatHandler } from '../../accounts/auth-wechat/handler';
import { handler as getMeHandler } from '../../members/get-me/handler';
import { handler as updateMeHandler } from '../../members/update-me/handler';
import { handler as memberCodeHandler } from '../../members/member-code/handler';
import { handler as createInvitationHandler } from '../../accounts/create-invitation/handler';
import { handler as acceptInvitationHandler } from '../../accounts/accept-invitation/handler';
import { handler as listStoresHandler } from '../../stores/list-stores/handler';
import { handler as createStoreHandler } from '../../stores/create-store/handler';
import { handler as updateStoreHandler } from '../../stores/update-store/handler';
import { handler as listAccountsHandler } from '../../accounts/list-accounts/handler';
import { handler as createAccountHandler } from '../../accounts/create-account/handler';
import { handler as updateAccountHandler } from '../../accounts/update-account/handler';
import { handler as myLevelsHandler } from '../../members/my-levels/handler';
import { handler as mySubscriptionsHandler } from '../../notifications/my-subscriptions/handler';
import { handler as recordSubscriptionsHandler } from '../../notifications/record-subscriptions/handler';
import { handler as bindPhoneHandler } from '../../members/bind-phone/handler';
import type { RouteDoc } from './route-doc';

/** The routes of the app, accounts, members, stores and notifications. */
export const membersRoutes: readonly RouteDoc[] = [
  {
    method: 'GET',
    path: '/v1/health',
    handler: healthHandler,
    summary: '服务状态',
    response: healthResponse,
    errors: [],
  },
  {
    method: 'POST',
    path: '/v1/auth/wechat',
    handler: authWechatHandler,
    summary: '登录（会员首次登录即注册）',
    response: authResponse,
    errors: ['AUTH_INVALID', 'ACCOUNT_DISABLED'],
  },
  {
    method: 'GET',
    path: '/v1/me',
    handler: getMeHandler,
    summary: '会员卡',
    response: meResponse,
    errors: ['NOT_FOUND'],
  },
  {
    method: 'PATCH',
    path: '/v1/me',
    handler: updateMeHandler,
    summary: '修改资料（生日只可设置一次）',
    response: meResponse,
    errors: ['NOT_FOUND', 'BIRTHDAY_LOCKED'],
  },
  {
    method: 'GET',
    path: '/v1/me/code',
    handler: memberCodeHandler,
    summary: '会员码',
    response: memberCodeResponse,
    errors: ['NOT_FOUND'],
  },
  {
    method: 'GET',
    path: '/v1/admin/stores',
    handler: listStoresHandler,
    summary: '门店列表',
    response: listResponse(storeResponse),
    errors: [],
  },
  {
    method: 'POST',
    path: '/v1/admin/stores',
    handler: createStoreHandler,
    summary: '开设门店',
    response: storeResponse,
    errors: ['STORE_EXISTS'],
  },
  {
    method: 'PUT',
    path: '/v1/admin/stores/{storeId}',
    handler: updateStoreHandler,
    summary: '修改门店名称、城市，关闭或重新开放门店',
    response: storeResponse,
    errors: ['NOT_FOUND'],
  },
  {
    method: 'GET',
    path: '/v1/admin/staff',
    handler: listAccountsHandler,
    summary: '员工账号',
    response: listResponse(accountResponse),
    errors: [],
  },
  {
    method: 'POST',
    path: '/v1/admin/staff',
    handler: createAccountHandler,
    summary: '开通员工或营销账号',
    response: accountResponse,
    errors: ['ACCOUNT_EXISTS'],
  },
  {
    method: 'PUT',
    path: '/v1/admin/staff/{openid}',
    handler: updateAccountHandler,
    summary: '停用或重新启用员工账号（停用后其登录立即失效）',
    response: accountResponse,
    errors: ['NOT_FOUND'],
  },
  {
    method: 'POST',
    path: '/v1/admin/staff/invitations',
    handler: createInvitationHandler,
    summary: '邀请店员（一次性邀请码，24 小时内有效，以二维码出示）',
    response: invitationResponse,
    errors: [],
  },
  {
    method: 'POST',
    path: '/v1/auth/invitation',
    handler: acceptInvitationHandler,
    summary: '接受店员邀请：以微信登录并绑定到邀请的门店（每个邀请只能用一次）',
    response: authResponse,
    errors: ['AUTH_INVALID', 'INVITATION_INVALID', 'INVITATION_EXPIRED', 'INVITATION_USED', 'ACCOUNT_EXISTS'],
  },
  {
    method: 'GET',
    path: '/v1/me/levels',
    handler: myLevelsHandler,
    summary: '等级与成长值',
    response: levelHistoryResponse,
    errors: ['NOT_FOUND'],
  },
  {
    method: 'POST',
    path: '/v1/me/phone',
    handler: bindPhoneHandler,
    summary: '绑定手机号',
    response: meResponse,
    errors: ['NOT_FOUND'],
  },
  {
    method: 'GET',
    path: '/v1/me/subscriptions',
    handler: mySubscriptionsHandler,
    summary: '订阅消息：模板与剩余次数',
    response: subscriptionsResponse,
    errors: ['NOT_FOUND'],
  },
  {
    method: 'POST',
    path: '/v1/me/subscriptions',
    handler: recordSubscriptionsHandler,
    summary: '订阅消息：记录会员的选择',
    response: subscriptionsResponse,
    errors: ['NOT_FOUND'],
  },
];
