import Taro from '@tarojs/taro';
import {
  adminPlansResponse,
  adminPlanView,
  adminPunchProductsResponse,
  adminPunchProductView,
  type CodeBatchRequest,
  type PlanRequest,
  type PunchProductRequest,
} from '@app/shared';
import { env } from '../../../config/env';
import { apiRequest } from '../../../lib/api-client';
import { ApiError, type ApiErrorCode, isErrorCode, messageFor, NETWORK_MESSAGE } from '../../../lib/api-error';
import { loadSession } from '../../../lib/session';

const at = (id: string) => encodeURIComponent(id);
const keyed = (idempotencyKey: string) => ({ 'Idempotency-Key': idempotencyKey });

/** GET /v1/admin/plans — every plan, on sale or not. */
export const adminPlans = () => apiRequest({ path: '/v1/admin/plans', schema: adminPlansResponse });

/** POST /v1/admin/plans, PUT /v1/admin/plans/{planId} — a plan's terms (the whole of them). */
export const savePlan = (planId: string | null, body: PlanRequest, idempotencyKey: string) =>
  apiRequest({
    method: planId ? 'PUT' : 'POST',
    path: planId ? `/v1/admin/plans/${at(planId)}` : '/v1/admin/plans',
    body,
    schema: adminPlanView,
    headers: keyed(idempotencyKey),
  });

/** GET /v1/admin/punch-cards — every punch-card product. */
export const adminPunchProducts = () =>
  apiRequest({ path: '/v1/admin/punch-cards', schema: adminPunchProductsResponse });

/** POST /v1/admin/punch-cards, PUT /v1/admin/punch-cards/{productId}. */
export const savePunchProduct = (productId: string | null, body: PunchProductRequest, idempotencyKey: string) =>
  apiRequest({
    method: productId ? 'PUT' : 'POST',
    path: productId ? `/v1/admin/punch-cards/${at(productId)}` : '/v1/admin/punch-cards',
    body,
    schema: adminPunchProductView,
    headers: keyed(idempotencyKey),
  });

/**
 * POST /v1/admin/plans/{planId}/activation-codes — a batch of codes as CSV text: the only time they are ever shown
 * (the server keeps their hashes), so the caller saves it at once.
 */
export async function createCodeBatch(planId: string, body: CodeBatchRequest, idempotencyKey: string): Promise<string> {
  const token = loadSession()?.token;
  let response: Awaited<ReturnType<typeof Taro.request>>;
  try {
    response = await Taro.request({
      url: `${env.apiUrl}/v1/admin/plans/${at(planId)}/activation-codes`,
      method: 'POST',
      data: body,
      header: {
        'content-type': 'application/json',
        ...keyed(idempotencyKey),
        ...(token ? { Authorization: `Bearer ${token}` } : {}),
      },
      dataType: 'text',
      responseType: 'text',
      timeout: 30000,
    });
  } catch {
    throw new ApiError({ status: 0, code: 'NETWORK', message: NETWORK_MESSAGE });
  }
  const { statusCode: status, data } = response;
  if (status >= 200 && status < 300) return typeof data === 'string' ? data : String(data ?? '');
  let code: ApiErrorCode = status >= 500 ? 'INTERNAL' : `HTTP_${status}`;
  let message: string | undefined;
  try {
    const answer = (typeof data === 'string' ? JSON.parse(data) : data) as {
      error?: { code?: string; message?: string };
    };
    if (answer.error?.code && isErrorCode(answer.error.code)) code = answer.error.code;
    message = answer.error?.message;
  } catch {
    // not JSON: keep the status code
  }
  throw new ApiError({ status, code, message: messageFor(code, message) });
}
