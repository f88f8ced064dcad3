import {
  adminPlanView,
  adminPlansResponse,
  adminPunchProductView,
  adminPunchProductsResponse,
  cardRefundResponse,
  moneyOrderView,
  myPlanResponse,
  myPunchCardsResponse,
  orderCreatedResponse,
  planRefundResponse,
  plansResponse,
  punchCardView,
  punchProductsResponse,
  redeemCodeResponse,
  useCardResponse,
} from '@app/shared';
import { handler as listPlansHandler } from '../../plans/list-plans/handler';
import { handler as myPlanHandler } from '../../plans/my-plan/handler';
import { handler as createPlanOrderHandler } from '../../plans/create-plan-order/handler';
import { handler as getMoneyOrderHandler } from '../../plans/get-order/handler';
import { handler as redeemActivationCodeHandler } from '../../plans/redeem-code/handler';
import { handler as adminPlansHandler } from '../../plans/admin-plans/handler';
import { handler as createPlanHandler } from '../../plans/create-plan/handler';
import { handler as updatePlanHandler } from '../../plans/update-plan/handler';
import { handler as createCodeBatchHandler } from '../../plans/create-code-batch/handler';
import { handler as refundPlanHandler } from '../../plans/refund-plan/handler';
import { handler as listPunchProductsHandler } from '../../cards/list-products/handler';
import { handler as myPunchCardsHandler } from '../../cards/my-cards/handler';
import { handler as createCardOrderHandler } from '../../cards/create-card-order/handler';
import { handler as sellPunchCardHandler } from '../../cards/sell-card/handler';
import { handler as usePunchCardHandler } from '../../cards/use-card/handler';
import { handler as adminPunchProductsHandler } from '../../cards/admin-products/handler';
import { handler as createPunchProductHandler } from '../../cards/create-product/handler';
import { handler as updatePunchProductHandler } from '../../cards/update-product/handler';
import { handler as refundPunchCardHandler } from '../../cards/refund-card/handler';
import { CSV, type RouteDoc } from './route-doc';

/** Issue 17: paid membership and punch cards (api.md "Money"), in serverless.yml's order. */
export const planRoutes: readonly RouteDoc[] = [
  {
    method: 'GET',
    path: '/v1/plans',
    handler: listPlansHandler,
    summary: '付费会员方案（开通PLUS）',
    response: plansResponse,
    errors: [],
  },
  {
    method: 'GET',
    path: '/v1/me/plan',
    handler: myPlanHandler,
    summary: '我的付费会员（未开通或已到期为 null）',
    response: myPlanResponse,
    errors: [],
  },
  {
    method: 'POST',
    path: '/v1/plans/{planId}/orders',
    handler: createPlanOrderHandler,
    summary: '购买付费会员（微信支付或余额；续费从当前到期日顺延）',
    response: orderCreatedResponse,
    errors: ['NOT_FOUND', 'WALLET_INSUFFICIENT'],
  },
  {
    method: 'GET',
    path: '/v1/money-orders/{orderId}',
    handler: getMoneyOrderHandler,
    summary: '付费会员/次卡订单状态（待支付时向微信支付查单）',
    response: moneyOrderView,
    errors: ['NOT_FOUND'],
  },
  {
    method: 'POST',
    path: '/v1/plans/activation-codes/redeem',
    handler: redeemActivationCodeHandler,
    summary: '兑换码开通付费会员（失败过多 429）',
    response: redeemCodeResponse,
    errors: ['CODE_INVALID', 'CODE_USED', 'CODE_EXPIRED', 'RATE_LIMITED'],
  },
  {
    method: 'GET',
    path: '/v1/admin/plans',
    handler: adminPlansHandler,
    summary: '付费会员方案（全部）',
    response: adminPlansResponse,
    errors: [],
  },
  {
    method: 'POST',
    path: '/v1/admin/plans',
    handler: createPlanHandler,
    summary: '新建付费会员方案',
    response: adminPlanView,
    errors: [],
  },
  {
    method: 'PUT',
    path: '/v1/admin/plans/{planId}',
    handler: updatePlanHandler,
    summary: '修改付费会员方案',
    response: adminPlanView,
    errors: ['NOT_FOUND'],
  },
  {
    method: 'POST',
    path: '/v1/admin/plans/{planId}/activation-codes',
    handler: createCodeBatchHandler,
    summary: '生成一批兑换码（CSV 仅此一次，库中只存哈希）',
    response: CSV,
    errors: ['NOT_FOUND'],
  },
  {
    method: 'POST',
    path: '/v1/admin/members/{memberId}/plan/refund',
    handler: refundPlanHandler,
    summary: '付费会员退款（7 天内未使用权益全额，否则按未用天数）',
    response: planRefundResponse,
    errors: ['NOT_FOUND', 'NOT_REFUNDABLE'],
  },
  {
    method: 'GET',
    path: '/v1/punch-cards',
    handler: listPunchProductsHandler,
    summary: '在售次卡',
    response: punchProductsResponse,
    errors: [],
  },
  {
    method: 'GET',
    path: '/v1/me/punch-cards',
    handler: myPunchCardsHandler,
    summary: '我的次卡（剩余次数与使用记录）',
    response: myPunchCardsResponse,
    errors: [],
  },
  {
    method: 'POST',
    path: '/v1/punch-cards/{productId}/orders',
    handler: createCardOrderHandler,
    summary: '购买次卡（微信支付或余额）',
    response: orderCreatedResponse,
    errors: ['NOT_FOUND', 'WALLET_INSUFFICIENT'],
  },
  {
    method: 'POST',
    path: '/v1/store/punch-cards/sell',
    handler: sellPunchCardHandler,
    summary: '门店售卡（收银台收款）',
    response: punchCardView,
    errors: ['CODE_INVALID', 'CODE_EXPIRED', 'NOT_FOUND', 'RECEIPT_DUPLICATE'],
  },
  {
    method: 'POST',
    path: '/v1/store/punch-cards/use',
    handler: usePunchCardHandler,
    summary: '核销次卡（一次条件写入扣减次数）',
    response: useCardResponse,
    errors: ['CODE_INVALID', 'CODE_EXPIRED', 'NOT_FOUND', 'CARD_USES_EXHAUSTED', 'CARD_EXPIRED', 'RECEIPT_DUPLICATE'],
  },
  {
    method: 'GET',
    path: '/v1/admin/punch-cards',
    handler: adminPunchProductsHandler,
    summary: '次卡商品（全部）',
    response: adminPunchProductsResponse,
    errors: [],
  },
  {
    method: 'POST',
    path: '/v1/admin/punch-cards',
    handler: createPunchProductHandler,
    summary: '新建次卡商品',
    response: adminPunchProductView,
    errors: [],
  },
  {
    method: 'PUT',
    path: '/v1/admin/punch-cards/{productId}',
    handler: updatePunchProductHandler,
    summary: '修改次卡商品',
    response: adminPunchProductView,
    errors: ['NOT_FOUND'],
  },
  {
    method: 'POST',
    path: '/v1/admin/members/{memberId}/punch-cards/{cardId}/refund',
    handler: refundPunchCardHandler,
    summary: '次卡退款（未用次数按比例）',
    response: cardRefundResponse,
    errors: ['NOT_FOUND'],
  },
];
