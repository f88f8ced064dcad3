import {
  counterProductsResponse,
  productImportResponse,
  productListResponse,
  productView,
  type CreateProductRequest,
  type UpdateProductRequest,
} from '@app/shared';
import { apiRequest } from '../../../lib/api-client';
import { newIdempotencyKey } from '../../../lib/idempotency';

/** GET /v1/store/products — the products the counter's picker offers (not hidden). */
export const counterProducts = () =>
  apiRequest({ method: 'GET', path: '/v1/store/products', schema: counterProductsResponse });

/** GET /v1/admin/products — the whole list, hidden products included. */
export const adminProducts = () =>
  apiRequest({ method: 'GET', path: '/v1/admin/products', schema: productListResponse });

export const createProduct = (body: CreateProductRequest, key = newIdempotencyKey('product')) =>
  apiRequest({
    method: 'POST',
    path: '/v1/admin/products',
    body,
    schema: productView,
    headers: { 'Idempotency-Key': key },
  });

export const updateProduct = (sku: string, body: UpdateProductRequest, key = newIdempotencyKey('product')) =>
  apiRequest({
    method: 'PUT',
    path: `/v1/admin/products/${encodeURIComponent(sku)}`,
    body,
    schema: productView,
    headers: { 'Idempotency-Key': key },
  });

export const importProducts = (csv: string, key = newIdempotencyKey('import')) =>
  apiRequest({
    method: 'POST',
    path: '/v1/admin/products/import',
    body: { csv },
    schema: productImportResponse,
    headers: { 'Idempotency-Key': key },
  });
