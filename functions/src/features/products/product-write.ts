import { DomainError, MAX_PRODUCTS, type CreateProductRequest, type ProductView } from '@app/shared';
import { PRODUCT_CHANGED, type ProductRecord } from '../../adapters/dynamodb';
import type { AppDeps } from '../../composition';
import { newIdFactory } from '../../core/ids';
import { retrying, RETRY } from '../../core/retry';
import type { Principal } from '../../http/route';

export type ProductDeps = Pick<AppDeps, 'products' | 'commit' | 'audit'>;

export const toProductView = ({ updatedBy: _by, ...product }: ProductRecord): ProductView => product;

/** By category, then name: how the console and the counter list them. */
export const byCategoryThenName = (a: ProductRecord, b: ProductRecord) =>
  a.category.localeCompare(b.category, 'zh-CN') || a.name.localeCompare(b.name, 'zh-CN') || (a.sku < b.sku ? -1 : 1);

/**
 * Creates (`new`) or replaces (`existing`) one product, audited in the same transaction. A new SKU that exists is
 * SKU_EXISTS; a change to a SKU that does not is NOT_FOUND. The list's bound is checked before the write.
 */
export async function saveProduct(
  request: CreateProductRequest,
  expect: 'new' | 'existing',
  by: Principal,
  nowMs: number,
  deps: ProductDeps,
): Promise<ProductView> {
  const before = await deps.products.get(request.sku);
  if (expect === 'new' && before) throw new DomainError('SKU_EXISTS', `商品编码 ${request.sku} 已存在`);
  if (expect === 'existing' && !before) throw new DomainError('NOT_FOUND', '商品不存在');
  if (expect === 'new') await assertRoomFor(1, deps);
  const at = new Date(nowMs).toISOString();
  const product: ProductRecord = { ...request, updatedAt: at, updatedBy: `marketer:${by.openid}` };
  const newId = newIdFactory();
  await retrying(async () => {
    const outcome = await deps.commit([
      deps.products.write(product, expect),
      deps.audit.write({
        auditId: newId(nowMs),
        at,
        actor: `marketer:${by.openid}`,
        action: expect === 'new' ? 'product.create' : 'product.update',
        target: { kind: 'product', id: product.sku },
        before: before ? toProductView(before) : undefined,
        after: toProductView(product),
      }),
    ]);
    if (outcome.ok) return true;
    if ('failed' in outcome && outcome.failed.includes(PRODUCT_CHANGED))
      throw expect === 'new'
        ? new DomainError('SKU_EXISTS', `商品编码 ${request.sku} 已存在`)
        : new DomainError('NOT_FOUND', '商品不存在');
    return RETRY;
  });
  return toProductView(product);
}

export async function assertRoomFor(added: number, deps: Pick<AppDeps, 'products'>, existing?: number) {
  const count = existing ?? (await deps.products.list()).length;
  if (count + added > MAX_PRODUCTS)
    throw new DomainError('VALIDATION_FAILED', `商品最多 ${MAX_PRODUCTS} 个，请先隐藏或合并不用的商品`, {
      issues: [{ path: 'body', message: `at most ${MAX_PRODUCTS} products` }],
    });
}
