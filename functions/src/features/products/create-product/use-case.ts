import type { CreateProductRequest } from '@app/shared';
import type { Principal } from '../../../http/route';
import { saveProduct, type ProductDeps } from '../product-write';

export const createProduct = (request: CreateProductRequest, by: Principal, nowMs: number, deps: ProductDeps) =>
  saveProduct(request, 'new', by, nowMs, deps);
