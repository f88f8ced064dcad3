import type { UpdateProductRequest } from '@app/shared';
import type { Principal } from '../../../http/route';
import { saveProduct, type ProductDeps } from '../product-write';

/** Name, category, price, cost or hidden changed; purchases already made keep the lines they were made with. */
export const updateProduct = (
  sku: string,
  request: UpdateProductRequest,
  by: Principal,
  nowMs: number,
  deps: ProductDeps,
) => saveProduct({ sku, ...request }, 'existing', by, nowMs, deps);
