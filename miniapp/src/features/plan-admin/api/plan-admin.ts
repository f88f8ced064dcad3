import {
  adminPlansResponse,
  adminPlanView,
  adminPunchProductsResponse,
  adminPunchProductView,
  type CodeBatchRequest,
  type PlanRequest,
  type PunchProductRequest,
} from '@app/shared';
import { apiRequest } from '../../../lib/api-client';
import { fetchCsvAt } from '../../console/api/console';

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
export const createCodeBatch = (planId: string, body: CodeBatchRequest, idempotencyKey: string): Promise<string> =>
  fetchCsvAt(`/v1/admin/plans/${at(planId)}/activation-codes`, {
    method: 'POST',
    body,
    headers: keyed(idempotencyKey),
  });
