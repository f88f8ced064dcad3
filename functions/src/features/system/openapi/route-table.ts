import {
  counterProductsResponse,
  productImportResponse,
  productListResponse,
  productView,
  accountResponse,
  activityResponse,
  adminMallItemsResponse,
  adminMallItemView,
  analyticsOverview,
  salesAnalytics,
  audiencePreviewResponse,
  auditResponse,
  authResponse,
  badgesResponse,
  bulkTagResponse,
  calendarResponse,
  campaignsResponse,
  campaignView,
  checkinResult,
  claimResponse,
  couponCenterResponse,
  couponCodeResponse,
  couponTemplateView,
  type ErrorCode,
  fulfilOrderResponse,
  healthResponse,
  levelHistoryResponse,
  listResponse,
  lotsResponse,
  mallItemsResponse,
  mallItemView,
  member360,
  memberCodeResponse,
  invitationResponse,
  memberSearchResponse,
  memberTagsResponse,
  meResponse,
  myCouponsResponse,
  ordersResponse,
  orderView,
  outboxResponse,
  subscriptionsResponse,
  pointsAdjustmentResponse,
  pointsHistoryResponse,
  programResponse,
  programVersionView,
  promotionView,
  purchasePreviewResponse,
  purchaseResponse,
  referralsResponse,
  refundResponse,
  scanResponse,
  storeResponse,
  tagsResponse,
  tasksResponse,
  adminTopupsResponse,
  adminWalletPackage,
  adminWalletPackagesResponse,
  storeTopupResponse,
  topupCreatedResponse,
  topupRefundResponse,
  topupView,
  walletEntriesResponse,
  walletPackagesResponse,
  walletResponse,
} from '@app/shared';
import * as z from 'zod';
import type { HttpHandler } from '../../../http/route';
import { handler as healthHandler } from '../../system/health/handler';
import { handler as authWechatHandler } from '../../accounts/auth-wechat/handler';
import { handler as getMeHandler } from '../../members/get-me/handler';
import { handler as updateMeHandler } from '../../members/update-me/handler';
import { handler as memberCodeHandler } from '../../members/member-code/handler';
import { handler as createInvitationHandler } from '../../accounts/create-invitation/handler';
import { handler as acceptInvitationHandler } from '../../accounts/accept-invitation/handler';
import { handler as storeScanHandler } from '../../counter/store-scan/handler';
import { handler as listStoresHandler } from '../../stores/list-stores/handler';
import { handler as createStoreHandler } from '../../stores/create-store/handler';
import { handler as updateStoreHandler } from '../../stores/update-store/handler';
import { handler as listAccountsHandler } from '../../accounts/list-accounts/handler';
import { handler as createAccountHandler } from '../../accounts/create-account/handler';
import { handler as updateAccountHandler } from '../../accounts/update-account/handler';
import { handler as endPromotionHandler } from '../../points/end-promotion/handler';
import { handler as previewPurchaseHandler } from '../../counter/preview-purchase/handler';
import { handler as recordPurchaseHandler } from '../../counter/record-purchase/handler';
import { handler as findPurchaseHandler } from '../../counter/find-purchase/handler';
import { handler as refundPurchaseHandler } from '../../counter/refund-purchase/handler';
import { handler as storeActivityHandler } from '../../counter/store-activity/handler';
import { handler as myPointsHandler } from '../../points/my-points/handler';
import { handler as myLotsHandler } from '../../points/my-lots/handler';
import { handler as myLevelsHandler } from '../../members/my-levels/handler';
import { handler as listPromotionsHandler } from '../../points/list-promotions/handler';
import { handler as createPromotionHandler } from '../../points/create-promotion/handler';
import { handler as adjustPointsHandler } from '../../points/adjust-points/handler';
import { handler as searchMembersHandler } from '../../console/search-members/handler';
import { handler as member360Handler } from '../../console/member-360/handler';
import { handler as getProgramHandler } from '../../program/get-program/handler';
import { handler as updateProgramHandler } from '../../program/update-program/handler';
import { handler as listAuditHandler } from '../../console/list-audit/handler';
import { handler as memberTagsHandler } from '../../console/member-tags/handler';
import { handler as bulkTagsHandler } from '../../console/bulk-tags/handler';
import { handler as listTagsHandler } from '../../console/list-tags/handler';
import { handler as checkInHandler } from '../../engagement/check-in/handler';
import { handler as checkinMakeupHandler } from '../../engagement/checkin-makeup/handler';
import { handler as checkinCalendarHandler } from '../../engagement/checkin-calendar/handler';
import { handler as myTasksHandler } from '../../engagement/my-tasks/handler';
import { handler as myBadgesHandler } from '../../engagement/my-badges/handler';
import { handler as myReferralsHandler } from '../../engagement/my-referrals/handler';
import { handler as setRemindersHandler } from '../../engagement/set-reminders/handler';
import { handler as mySubscriptionsHandler } from '../../notifications/my-subscriptions/handler';
import { handler as recordSubscriptionsHandler } from '../../notifications/record-subscriptions/handler';
import { handler as bindPhoneHandler } from '../../members/bind-phone/handler';
import { handler as listOutboxHandler } from '../../engagement/list-outbox/handler';
import { handler as listMallItemsHandler } from '../../mall/list-mall-items/handler';
import { handler as getMallItemHandler } from '../../mall/get-mall-item/handler';
import { handler as placeOrderHandler } from '../../mall/place-order/handler';
import { handler as listMyOrdersHandler } from '../../mall/list-my-orders/handler';
import { handler as getMyOrderHandler } from '../../mall/get-my-order/handler';
import { handler as cancelOrderHandler } from '../../mall/cancel-order/handler';
import { handler as fulfilOrderHandler } from '../../mall/fulfil-order/handler';
import { handler as listAdminMallItemsHandler } from '../../mall/list-admin-mall-items/handler';
import { handler as createMallItemHandler } from '../../mall/create-mall-item/handler';
import { handler as updateMallItemHandler } from '../../mall/update-mall-item/handler';
import { handler as myCouponsHandler } from '../../coupons/my-coupons/handler';
import { handler as couponCodeHandler } from '../../coupons/coupon-code/handler';
import { handler as couponCenterHandler } from '../../coupons/coupon-center/handler';
import { handler as claimCouponHandler } from '../../coupons/claim-coupon/handler';
import { handler as listCouponTemplatesHandler } from '../../coupons/list-coupon-templates/handler';
import { handler as createCouponTemplateHandler } from '../../coupons/create-coupon-template/handler';
import { handler as getCouponTemplateHandler } from '../../coupons/get-coupon-template/handler';
import { handler as previewAudienceHandler } from '../../coupons/preview-audience/handler';
import { handler as listCampaignsHandler } from '../../coupons/list-campaigns/handler';
import { handler as createCampaignHandler } from '../../coupons/create-campaign/handler';
import { handler as getCampaignHandler } from '../../coupons/get-campaign/handler';
import { handler as launchCampaignHandler } from '../../coupons/launch-campaign/handler';
import { handler as cancelCampaignHandler } from '../../coupons/cancel-campaign/handler';
import { handler as analyticsOverviewHandler } from '../../analytics/analytics-overview/handler';
import { handler as analyticsExportHandler } from '../../analytics/analytics-export/handler';

import { handler as myWalletHandler } from '../../wallet/my-wallet/handler';
import { handler as walletEntriesHandler } from '../../wallet/wallet-entries/handler';
import { handler as walletPackagesHandler } from '../../wallet/wallet-packages/handler';
import { handler as createTopupHandler } from '../../wallet/create-topup/handler';
import { handler as getTopupHandler } from '../../wallet/get-topup/handler';
import { handler as wechatPayNotifyHandler } from '../../payments/wechat-notify/handler';
import { handler as storeTopupHandler } from '../../wallet/store-topup/handler';
import { handler as adminWalletPackagesHandler } from '../../wallet/admin-packages/handler';
import { handler as listProductsHandler } from '../../products/list-products/handler';
import { handler as createProductHandler } from '../../products/create-product/handler';
import { handler as updateProductHandler } from '../../products/update-product/handler';
import { handler as importProductsHandler } from '../../products/import-products/handler';
import { handler as counterProductsHandler } from '../../products/counter-products/handler';
import { handler as createWalletPackageHandler } from '../../wallet/create-package/handler';
import { handler as updateWalletPackageHandler } from '../../wallet/update-package/handler';
import { handler as adminTopupsHandler } from '../../wallet/admin-topups/handler';
import { handler as refundTopupHandler } from '../../wallet/refund-topup/handler';
import { handler as analyticsSalesHandler } from '../../analytics/analytics-sales/handler';
/** A route of serverless.yml with what its handler does not say itself: what it answers, and what it refuses. */
export interface RouteDoc {
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  path: string;
  /** The route's handler: its spec (access, contract, Idempotency-Key) is the one the request goes through. */
  handler: HttpHandler;
  summary: string;
  /** The success body's schema, or CSV for a file. */
  response: z.ZodType | typeof CSV;
  /** Business refusals besides those every route of its kind can answer (validation, auth, idempotency, BUSY). */
  errors: readonly ErrorCode[];
}

/** A `text/csv` answer (the dashboard's exports). */
export const CSV = Symbol('text/csv');

const reminderResponse = z.object({ checkin: z.boolean() });
const findPurchaseResponse = purchaseResponse.extend({
  memberNo: z.string(),
  nickname: z.string(),
  refundableFen: z.number().int(),
});

/** Every HTTP route of the API with a method and a path, in serverless.yml's order (the OpenAPI test holds them equal). */
export const routeTable: readonly RouteDoc[] = [
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
    method: 'POST',
    path: '/v1/store/scan',
    handler: storeScanHandler,
    summary: '扫码：会员码（得到 5 分钟有效的扫码凭证 counterTicket）、券码、提货码或扫码凭证',
    response: scanResponse,
    errors: ['CODE_INVALID', 'CODE_EXPIRED', 'NOT_FOUND'],
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
    method: 'POST',
    path: '/v1/store/purchases/preview',
    handler: previewPurchaseHandler,
    summary: '消费预览（不记账；会员码 memberCode 或扫码凭证 counterTicket，二选一）',
    response: purchasePreviewResponse,
    errors: ['CODE_INVALID', 'CODE_EXPIRED', 'COUPON_NOT_USABLE'],
  },
  {
    method: 'POST',
    path: '/v1/store/purchases',
    handler: recordPurchaseHandler,
    summary: '记录消费（会员码 memberCode 或扫码凭证 counterTicket，二选一；一个会员码只能记录一笔）',
    response: purchaseResponse,
    errors: [
      'CODE_INVALID',
      'CODE_EXPIRED',
      'CODE_USED',
      'RECEIPT_DUPLICATE',
      'COUPON_NOT_USABLE',
      'NOT_FOUND',
      'STORE_CLOSED',
    ],
  },
  {
    method: 'GET',
    path: '/v1/store/purchases',
    handler: findPurchaseHandler,
    summary: '按小票号查找本店消费',
    response: findPurchaseResponse,
    errors: ['NOT_FOUND'],
  },
  {
    method: 'POST',
    path: '/v1/store/purchases/{purchaseId}/refund',
    handler: refundPurchaseHandler,
    summary: '退款（全部或部分）',
    response: refundResponse,
    errors: ['NOT_FOUND', 'ALREADY_REFUNDED', 'REFUND_EXCEEDS_PAID'],
  },
  {
    method: 'GET',
    path: '/v1/store/activity',
    handler: storeActivityHandler,
    summary: '本店当日流水',
    response: activityResponse,
    errors: [],
  },
  {
    method: 'GET',
    path: '/v1/me/points',
    handler: myPointsHandler,
    summary: '积分明细',
    response: pointsHistoryResponse,
    errors: ['NOT_FOUND'],
  },
  {
    method: 'GET',
    path: '/v1/me/points/lots',
    handler: myLotsHandler,
    summary: '积分有效期',
    response: lotsResponse,
    errors: ['NOT_FOUND'],
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
    method: 'GET',
    path: '/v1/admin/promotions',
    handler: listPromotionsHandler,
    summary: '积分活动',
    response: listResponse(promotionView),
    errors: [],
  },
  {
    method: 'POST',
    path: '/v1/admin/promotions',
    handler: createPromotionHandler,
    summary: '创建积分活动',
    response: promotionView,
    errors: [],
  },
  {
    method: 'POST',
    path: '/v1/admin/promotions/{promotionId}/end',
    handler: endPromotionHandler,
    summary: '提前结束积分活动',
    response: promotionView,
    errors: ['NOT_FOUND'],
  },
  {
    method: 'POST',
    path: '/v1/admin/members/{memberId}/points',
    handler: adjustPointsHandler,
    summary: '调整会员积分',
    response: pointsAdjustmentResponse,
    errors: ['NOT_FOUND'],
  },
  {
    method: 'GET',
    path: '/v1/admin/members',
    handler: searchMembersHandler,
    summary: '会员查询',
    response: memberSearchResponse,
    errors: [],
  },
  {
    method: 'GET',
    path: '/v1/admin/members/{memberId}',
    handler: member360Handler,
    summary: '会员 360',
    response: member360,
    errors: ['NOT_FOUND'],
  },
  {
    method: 'GET',
    path: '/v1/admin/program',
    handler: getProgramHandler,
    summary: '会员计划设置',
    response: programResponse,
    errors: [],
  },
  {
    method: 'PUT',
    path: '/v1/admin/program',
    handler: updateProgramHandler,
    summary: '保存会员计划设置（新版本）',
    response: programVersionView,
    errors: [],
  },
  {
    method: 'GET',
    path: '/v1/admin/audit',
    handler: listAuditHandler,
    summary: '操作日志',
    response: auditResponse,
    errors: [],
  },
  {
    method: 'POST',
    path: '/v1/admin/members/{memberId}/tags',
    handler: memberTagsHandler,
    summary: '修改会员标签',
    response: memberTagsResponse,
    errors: ['NOT_FOUND'],
  },
  {
    method: 'POST',
    path: '/v1/admin/tags/bulk',
    handler: bulkTagsHandler,
    summary: '批量打标签',
    response: bulkTagResponse,
    errors: [],
  },
  {
    method: 'GET',
    path: '/v1/admin/tags',
    handler: listTagsHandler,
    summary: '标签与人数',
    response: tagsResponse,
    errors: [],
  },
  {
    method: 'POST',
    path: '/v1/checkins',
    handler: checkInHandler,
    summary: '签到',
    response: checkinResult,
    errors: ['NOT_FOUND', 'CHECKIN_ALREADY_DONE'],
  },
  {
    method: 'POST',
    path: '/v1/checkins/makeup',
    handler: checkinMakeupHandler,
    summary: '补签',
    response: checkinResult,
    errors: ['NOT_FOUND', 'MAKEUP_NOT_ALLOWED', 'POINTS_INSUFFICIENT'],
  },
  {
    method: 'GET',
    path: '/v1/checkins',
    handler: checkinCalendarHandler,
    summary: '签到日历',
    response: calendarResponse,
    errors: ['NOT_FOUND'],
  },
  {
    method: 'GET',
    path: '/v1/me/tasks',
    handler: myTasksHandler,
    summary: '任务',
    response: tasksResponse,
    errors: ['NOT_FOUND'],
  },
  {
    method: 'GET',
    path: '/v1/me/badges',
    handler: myBadgesHandler,
    summary: '勋章',
    response: badgesResponse,
    errors: ['NOT_FOUND'],
  },
  {
    method: 'GET',
    path: '/v1/me/referrals',
    handler: myReferralsHandler,
    summary: '邀请好友',
    response: referralsResponse,
    errors: ['NOT_FOUND'],
  },
  {
    method: 'PUT',
    path: '/v1/me/reminders',
    handler: setRemindersHandler,
    summary: '签到提醒开关',
    response: reminderResponse,
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
    path: '/v1/admin/outbox',
    handler: listOutboxHandler,
    summary: '消息（订阅消息的发送记录）',
    response: outboxResponse,
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
  {
    method: 'GET',
    path: '/v1/mall/items',
    handler: listMallItemsHandler,
    summary: '积分商城',
    response: mallItemsResponse,
    errors: ['NOT_FOUND'],
  },
  {
    method: 'GET',
    path: '/v1/mall/items/{itemId}',
    handler: getMallItemHandler,
    summary: '礼品详情',
    response: mallItemView,
    errors: ['NOT_FOUND'],
  },
  {
    method: 'POST',
    path: '/v1/mall/orders',
    handler: placeOrderHandler,
    summary: '兑换礼品',
    response: orderView,
    errors: [
      'NOT_FOUND',
      'ITEM_NOT_OFFERED',
      'POINTS_INSUFFICIENT',
      'POINTS_IN_DEBT',
      'LEVEL_TOO_LOW',
      'STOCK_EXHAUSTED',
      'LIMIT_REACHED',
      'SALE_NOT_STARTED',
      'SALE_ENDED',
    ],
  },
  {
    method: 'GET',
    path: '/v1/me/orders',
    handler: listMyOrdersHandler,
    summary: '我的兑换',
    response: ordersResponse,
    errors: [],
  },
  {
    method: 'GET',
    path: '/v1/me/orders/{orderId}',
    handler: getMyOrderHandler,
    summary: '兑换详情',
    response: orderView,
    errors: ['NOT_FOUND'],
  },
  {
    method: 'POST',
    path: '/v1/me/orders/{orderId}/cancel',
    handler: cancelOrderHandler,
    summary: '取消兑换',
    response: orderView,
    errors: ['NOT_FOUND', 'ORDER_NOT_CANCELLABLE'],
  },
  {
    method: 'POST',
    path: '/v1/store/orders/fulfil',
    handler: fulfilOrderHandler,
    summary: '确认发放',
    response: fulfilOrderResponse,
    errors: ['NOT_FOUND', 'ORDER_ALREADY_FULFILLED', 'ORDER_CANCELLED', 'PICKUP_EXPIRED'],
  },
  {
    method: 'GET',
    path: '/v1/admin/mall/items',
    handler: listAdminMallItemsHandler,
    summary: '礼品管理',
    response: adminMallItemsResponse,
    errors: [],
  },
  {
    method: 'POST',
    path: '/v1/admin/mall/items',
    handler: createMallItemHandler,
    summary: '上架礼品',
    response: adminMallItemView,
    errors: [],
  },
  {
    method: 'PUT',
    path: '/v1/admin/mall/items/{itemId}',
    handler: updateMallItemHandler,
    summary: '修改礼品（库存按增减）',
    response: adminMallItemView,
    errors: ['NOT_FOUND', 'STOCK_EXHAUSTED'],
  },
  {
    method: 'GET',
    path: '/v1/me/coupons',
    handler: myCouponsHandler,
    summary: '我的优惠券',
    response: myCouponsResponse,
    errors: [],
  },
  {
    method: 'GET',
    path: '/v1/me/coupons/{couponId}/code',
    handler: couponCodeHandler,
    summary: '优惠券码',
    response: couponCodeResponse,
    errors: ['NOT_FOUND', 'COUPON_NOT_USABLE'],
  },
  {
    method: 'GET',
    path: '/v1/coupon-center',
    handler: couponCenterHandler,
    summary: '领券中心',
    response: couponCenterResponse,
    errors: ['NOT_FOUND'],
  },
  {
    method: 'POST',
    path: '/v1/coupon-center/{campaignId}/claim',
    handler: claimCouponHandler,
    summary: '领券',
    response: claimResponse,
    errors: ['NOT_FOUND', 'CLAIM_WINDOW_CLOSED', 'LIMIT_REACHED', 'STOCK_EXHAUSTED'],
  },
  {
    method: 'GET',
    path: '/v1/admin/coupon-templates',
    handler: listCouponTemplatesHandler,
    summary: '优惠券模板',
    response: listResponse(couponTemplateView),
    errors: [],
  },
  {
    method: 'POST',
    path: '/v1/admin/coupon-templates',
    handler: createCouponTemplateHandler,
    summary: '创建优惠券模板',
    response: couponTemplateView,
    errors: [],
  },
  {
    method: 'GET',
    path: '/v1/admin/coupon-templates/{templateId}',
    handler: getCouponTemplateHandler,
    summary: '优惠券模板详情',
    response: couponTemplateView,
    errors: ['NOT_FOUND'],
  },
  {
    method: 'POST',
    path: '/v1/admin/audiences/preview',
    handler: previewAudienceHandler,
    summary: '人群预估',
    response: audiencePreviewResponse,
    errors: [],
  },
  {
    method: 'GET',
    path: '/v1/admin/campaigns',
    handler: listCampaignsHandler,
    summary: '营销活动',
    response: campaignsResponse,
    errors: [],
  },
  {
    method: 'POST',
    path: '/v1/admin/campaigns',
    handler: createCampaignHandler,
    summary: '创建营销活动（草稿）',
    response: campaignView,
    errors: [],
  },
  {
    method: 'GET',
    path: '/v1/admin/campaigns/{campaignId}',
    handler: getCampaignHandler,
    summary: '营销活动详情与效果',
    response: campaignView,
    errors: ['NOT_FOUND'],
  },
  {
    method: 'POST',
    path: '/v1/admin/campaigns/{campaignId}/launch',
    handler: launchCampaignHandler,
    summary: '启动营销活动',
    response: campaignView,
    errors: ['NOT_FOUND'],
  },
  {
    method: 'POST',
    path: '/v1/admin/campaigns/{campaignId}/cancel',
    handler: cancelCampaignHandler,
    summary: '取消营销活动',
    response: campaignView,
    errors: ['NOT_FOUND'],
  },
  {
    method: 'GET',
    path: '/v1/admin/analytics/overview',
    handler: analyticsOverviewHandler,
    summary: '数据看板',
    response: analyticsOverview,
    errors: [],
  },
  {
    method: 'GET',
    path: '/v1/admin/analytics/export',
    handler: analyticsExportHandler,
    summary: '导出 CSV',
    response: CSV,
    errors: [],
  },
  {
    method: 'GET',
    path: '/v1/me/wallet',
    handler: myWalletHandler,
    summary: '我的钱包（余额、本金、赠送金、余额批次）',
    response: walletResponse,
    errors: ['NOT_FOUND'],
  },
  {
    method: 'GET',
    path: '/v1/me/wallet/entries',
    handler: walletEntriesHandler,
    summary: '钱包明细',
    response: walletEntriesResponse,
    errors: [],
  },
  {
    method: 'GET',
    path: '/v1/wallet/packages',
    handler: walletPackagesHandler,
    summary: '充值套餐与自定义金额范围',
    response: walletPackagesResponse,
    errors: [],
  },
  {
    method: 'POST',
    path: '/v1/wallet/topups',
    handler: createTopupHandler,
    summary: '在线充值（微信支付 JSAPI 下单，返回 wx.requestPayment 参数）',
    response: topupCreatedResponse,
    errors: ['NOT_FOUND'],
  },
  {
    method: 'GET',
    path: '/v1/wallet/topups/{topupId}',
    handler: getTopupHandler,
    summary: '充值状态（待支付时向微信支付查单）',
    response: topupView,
    errors: ['NOT_FOUND'],
  },
  {
    method: 'POST',
    path: '/v1/pay/wechat/notify',
    handler: wechatPayNotifyHandler,
    summary: '微信支付结果通知（验签、解密；204，或 401 { code: "FAIL", message }）',
    response: z.object({ code: z.literal('FAIL'), message: z.string() }),
    errors: [],
  },
  {
    method: 'POST',
    path: '/v1/store/topups',
    handler: storeTopupHandler,
    summary: '门店充值（收银台收款，小票号本店唯一）',
    response: storeTopupResponse,
    errors: ['CODE_INVALID', 'CODE_EXPIRED', 'NOT_FOUND', 'RECEIPT_DUPLICATE'],
  },
  {
    method: 'GET',
    path: '/v1/admin/wallet/packages',
    handler: adminWalletPackagesHandler,
    summary: '充值套餐（全部）',
    response: adminWalletPackagesResponse,
    errors: [],
  },
  {
    method: 'POST',
    path: '/v1/admin/wallet/packages',
    handler: createWalletPackageHandler,
    summary: '新建充值套餐',
    response: adminWalletPackage,
    errors: [],
  },
  {
    method: 'PUT',
    path: '/v1/admin/wallet/packages/{packageId}',
    handler: updateWalletPackageHandler,
    summary: '修改充值套餐',
    response: adminWalletPackage,
    errors: ['NOT_FOUND'],
  },
  {
    method: 'GET',
    path: '/v1/admin/wallet/topups',
    handler: adminTopupsHandler,
    summary: '充值记录（format=csv 导出）',
    response: adminTopupsResponse,
    errors: [],
  },
  {
    method: 'POST',
    path: '/v1/admin/wallet/topups/{topupId}/refund',
    handler: refundTopupHandler,
    summary: '充值退款（退回剩余本金，赠送金作废，撤回赠品）',
    response: topupRefundResponse,
    errors: ['NOT_FOUND', 'TOPUP_NOT_REFUNDABLE'],
  },
  {
    method: 'GET',
    path: '/v1/admin/products',
    handler: listProductsHandler,
    summary: '商品列表（含已隐藏）',
    response: productListResponse,
    errors: [],
  },
  {
    method: 'POST',
    path: '/v1/admin/products',
    handler: createProductHandler,
    summary: '新建商品（SKU）',
    response: productView,
    errors: ['SKU_EXISTS'],
  },
  {
    method: 'PUT',
    path: '/v1/admin/products/{sku}',
    handler: updateProductHandler,
    summary: '修改商品（名称、分类、售价、成本、隐藏）',
    response: productView,
    errors: ['NOT_FOUND'],
  },
  {
    method: 'POST',
    path: '/v1/admin/products/import',
    handler: importProductsHandler,
    summary: '导入商品 CSV（逐行报告）',
    response: productImportResponse,
    errors: [],
  },
  {
    method: 'GET',
    path: '/v1/store/products',
    handler: counterProductsHandler,
    summary: '收银台的商品选择（未隐藏的商品）',
    response: counterProductsResponse,
    errors: [],
  },
  {
    method: 'GET',
    path: '/v1/admin/analytics/sales',
    handler: analyticsSalesHandler,
    summary: '销售分析（商品、门店、员工排名、归属门店、消费预警）',
    response: salesAnalytics,
    errors: [],
  },
];
