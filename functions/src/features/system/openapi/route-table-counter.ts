import {
  activityResponse,
  lazySchema,
  listResponse,
  lotsResponse,
  pointsAdjustmentResponse,
  pointsHistoryResponse,
  promotionView,
  purchasePreviewResponse,
  purchaseResponse,
  refundResponse,
  scanResponse,
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
import { handler as storeScanHandler } from '../../counter/store-scan/handler';
import { handler as endPromotionHandler } from '../../points/end-promotion/handler';
import { handler as previewPurchaseHandler } from '../../counter/preview-purchase/handler';
import { handler as recordPurchaseHandler } from '../../counter/record-purchase/handler';
import { handler as findPurchaseHandler } from '../../counter/find-purchase/handler';
import { handler as refundPurchaseHandler } from '../../counter/refund-purchase/handler';
import { handler as storeActivityHandler } from '../../counter/store-activity/handler';
import { handler as myPointsHandler } from '../../points/my-points/handler';
import { handler as myLotsHandler } from '../../points/my-lots/handler';
import { handler as listPromotionsHandler } from '../../points/list-promotions/handler';
import { handler as createPromotionHandler } from '../../points/create-promotion/handler';
import { handler as adjustPointsHandler } from '../../points/adjust-points/handler';
import { handler as myWalletHandler } from '../../wallet/my-wallet/handler';
import { handler as walletEntriesHandler } from '../../wallet/wallet-entries/handler';
import { handler as walletPackagesHandler } from '../../wallet/wallet-packages/handler';
import { handler as createTopupHandler } from '../../wallet/create-topup/handler';
import { handler as getTopupHandler } from '../../wallet/get-topup/handler';
import { handler as wechatPayNotifyHandler } from '../../payments/wechat-notify/handler';
import { handler as storeTopupHandler } from '../../wallet/store-topup/handler';
import { handler as adminWalletPackagesHandler } from '../../wallet/admin-packages/handler';
import { handler as createWalletPackageHandler } from '../../wallet/create-package/handler';
import { handler as updateWalletPackageHandler } from '../../wallet/update-package/handler';
import { handler as adminTopupsHandler } from '../../wallet/admin-topups/handler';
import { handler as refundTopupHandler } from '../../wallet/refund-topup/handler';
import type { RouteDoc } from './route-doc';

const findPurchaseResponse = lazySchema(() =>
  purchaseResponse.extend({
    memberNo: z.string(),
    nickname: z.string(),
    refundableFen: z.number().int(),
  }),
);

/** The routes of the counter, points, stored value and payments. */
export const counterRoutes: readonly RouteDoc[] = [
  {
    method: 'POST',
    path: '/v1/store/scan',
    handler: storeScanHandler,
    summary:
      '扫码：会员码（得到 5 分钟有效的扫码凭证 counterTicket）、券码（二维码或其下方的 31 位数字）、提货码或扫码凭证',
    response: scanResponse,
    errors: ['CODE_INVALID', 'CODE_EXPIRED', 'NOT_FOUND'],
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
];
