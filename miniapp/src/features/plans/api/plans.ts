import {
  moneyOrderView,
  myPlanResponse,
  myPunchCardsResponse,
  type OrderRequest,
  orderCreatedResponse,
  plansResponse,
  punchProductsResponse,
  redeemCodeResponse,
} from '@app/shared';
import { apiRequest } from '../../../lib/api-client';

const at = (id: string) => encodeURIComponent(id);

/** GET /v1/plans — the plans on sale (月卡/季卡/年卡) with their benefits. */
export const getPlans = () => apiRequest({ path: '/v1/plans', schema: plansResponse });

/** GET /v1/me/plan — the member's running plan, or null. */
export const getMyPlan = () => apiRequest({ path: '/v1/me/plan', schema: myPlanResponse });

/** POST /v1/plans/{planId}/orders — a plan order: WeChat Pay (with the payment's arguments) or the wallet (paid at once). */
export const createPlanOrder = (planId: string, request: OrderRequest, idempotencyKey: string) =>
  apiRequest({
    method: 'POST',
    path: `/v1/plans/${at(planId)}/orders`,
    body: request,
    schema: orderCreatedResponse,
    headers: { 'Idempotency-Key': idempotencyKey },
  });

/** POST /v1/punch-cards/{productId}/orders — a punch-card order, as plan orders. */
export const createCardOrder = (productId: string, request: OrderRequest, idempotencyKey: string) =>
  apiRequest({
    method: 'POST',
    path: `/v1/punch-cards/${at(productId)}/orders`,
    body: request,
    schema: orderCreatedResponse,
    headers: { 'Idempotency-Key': idempotencyKey },
  });

/** GET /v1/money-orders/{orderId} — where a plan or punch-card order stands. */
export const getMoneyOrder = (orderId: string) =>
  apiRequest({ path: `/v1/money-orders/${at(orderId)}`, schema: moneyOrderView });

/** POST /v1/plans/activation-codes/redeem — 兑换码 opens the plan it was made for. */
export const redeemCode = (code: string, idempotencyKey: string) =>
  apiRequest({
    method: 'POST',
    path: '/v1/plans/activation-codes/redeem',
    body: { code },
    schema: redeemCodeResponse,
    headers: { 'Idempotency-Key': idempotencyKey },
  });

/** GET /v1/punch-cards — the punch-card products on sale. */
export const getPunchProducts = () => apiRequest({ path: '/v1/punch-cards', schema: punchProductsResponse });

/** GET /v1/me/punch-cards — the member's punch cards with their history. */
export const getMyPunchCards = () => apiRequest({ path: '/v1/me/punch-cards', schema: myPunchCardsResponse });
