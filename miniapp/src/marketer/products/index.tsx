import { Text, View } from '@tarojs/components';
import type { ProductView } from '@app/shared';
import { useState } from 'react';
import { EmptyState } from '../../components/empty-state';
import { ErrorState } from '../../components/error-state';
import { Skeleton } from '../../components/skeleton';
import { MarketerPage } from '../../features/campaigns/components/MarketerPage';
import { useConfirmedAction } from '../../features/marketer/hooks/use-confirmed-action';
import { adminProducts, updateProduct } from '../../features/products/api/products';
import { ProductForm } from '../../features/products/components/ProductForm';
import { ProductImport } from '../../features/products/components/ProductImport';
import { newIdempotencyKey } from '../../lib/idempotency';
import { formatFen } from '../../lib/money';
import { usePageResource } from '../../lib/use-page-resource';
import { useRoleGuard } from '../../lib/use-role-guard';
import '../../features/console/components/Console.scss';
import '../../features/marketer/components/AdminRows.scss';
import './index.scss';

/**
 * 商品: the brand's product list (SKU catalog) the counter picks from and the product analytics read — every
 * product by category with its price and cost; edit one, hide it from the counter (or show it again), add one, or
 * import a CSV with a report per line.
 */
export default function ProductsPage() {
  useRoleGuard('marketer');
  const data = usePageResource(adminProducts);
  const action = useConfirmedAction();
  const [editing, setEditing] = useState<ProductView | null>(null);
  const products = data.data?.items ?? [];
  const shown = products.filter((product) => !product.hidden).length;

  const toggle = (product: ProductView) =>
    action.press(product.sku, async () => {
      const { sku: _sku, updatedAt: _at, ...terms } = product;
      await updateProduct(product.sku, { ...terms, hidden: !product.hidden }, newIdempotencyKey('product'));
      await data.reload();
    });

  return (
    <MarketerPage className="products-page">
      <View className="marketer-head">
        <View>
          <Text className="marketer-head__title">商品</Text>
          <Text className="marketer-head__sub">
            {data.data ? `在售 ${shown} 个 · 已隐藏 ${products.length - shown} 个` : '收银台记录消费时从这里选择商品'}
          </Text>
        </View>
      </View>

      <ProductForm
        editing={editing}
        onCancel={() => setEditing(null)}
        onSaved={async () => {
          setEditing(null);
          await data.reload();
        }}
      />

      <View className="panel products-list">
        {data.loading && !data.data ? (
          [0, 1, 2].map((row) => <Skeleton key={row} height={48} className="marketer-skeleton-row" />)
        ) : data.error && !data.data ? (
          <ErrorState compact title="商品加载失败" message={data.error.message} onRetry={() => void data.reload()} />
        ) : products.length === 0 ? (
          <EmptyState compact message="还没有商品" hint="在上方新建，或在下方导入 CSV" />
        ) : (
          products.map((product, at) => (
            <View key={product.sku}>
              {product.category !== products[at - 1]?.category && (
                <Text className="products-list__category">{product.category}</Text>
              )}
              <View className={`admin-row product-row product-row-${product.sku}`}>
                <View className="admin-row__text">
                  <Text className="admin-row__title">{product.name}</Text>
                  <Text className="admin-row__meta">
                    {`${product.sku} · 售价 ${formatFen(product.priceFen)}${product.costFen === null ? '' : ` · 成本 ${formatFen(product.costFen)}`}`}
                  </Text>
                  {action.problem?.id === product.sku && (
                    <Text className="admin-error product-error">{action.problem.message}</Text>
                  )}
                </View>
                <View className="admin-row__side">
                  <Text className={`admin-state product-state${product.hidden ? ' admin-state--off' : ''}`}>
                    {product.hidden ? '已隐藏' : '在售'}
                  </Text>
                  <Text className="admin-action product-edit" onClick={() => setEditing(product)}>
                    修改
                  </Text>
                  <Text
                    className={`admin-action product-toggle${action.busy === product.sku ? ' admin-action--busy' : ''}`}
                    onClick={() => void toggle(product)}
                  >
                    {action.asking === product.sku
                      ? product.hidden
                        ? '确认恢复？'
                        : '确认隐藏？'
                      : product.hidden
                        ? '恢复'
                        : '隐藏'}
                  </Text>
                </View>
              </View>
            </View>
          ))
        )}
      </View>

      <ProductImport onImported={data.reload} />
    </MarketerPage>
  );
}
