import { Text, View } from '@tarojs/components';
import type { AdminPunchProductView } from '@app/shared';
import { useState } from 'react';
import { EmptyState } from '../../components/empty-state';
import { ErrorState } from '../../components/error-state';
import { Skeleton } from '../../components/skeleton';
import { MarketerPage } from '../../features/campaigns/components/MarketerPage';
import { useConfirmedAction } from '../../features/marketer/hooks/use-confirmed-action';
import { adminPunchProducts, savePunchProduct } from '../../features/plan-admin/api/plan-admin';
import { PunchProductForm } from '../../features/plan-admin/components/PunchProductForm';
import { newIdempotencyKey } from '../../lib/idempotency';
import { formatFen } from '../../lib/money';
import { usePageResource } from '../../lib/use-page-resource';
import { useRoleGuard } from '../../lib/use-role-guard';
import '../../features/console/components/Console.scss';
import '../../features/marketer/components/AdminRows.scss';
import '../../features/plan-admin/components/plan-admin.scss';

/** 次卡商品: the punch-card products (计次卡, 限时卡) with price and validity; create, edit, 上架/下架. */
export default function PunchProductsAdminPage() {
  useRoleGuard('marketer');
  const data = usePageResource(adminPunchProducts);
  const action = useConfirmedAction();
  const [editing, setEditing] = useState<AdminPunchProductView | null>(null);
  const products = data.data?.items ?? [];

  const toggle = (product: AdminPunchProductView) =>
    action.press(product.productId, async () => {
      const { productId, updatedAt: _at, ...terms } = product;
      await savePunchProduct(productId, { ...terms, active: !product.active }, newIdempotencyKey('punch-admin'));
      await data.reload();
    });

  return (
    <MarketerPage className="punch-admin-page">
      <View className="marketer-head">
        <View>
          <Text className="marketer-head__title">次卡商品</Text>
          <Text className="marketer-head__sub">
            {data.data
              ? `在售 ${products.filter((one) => one.active).length} 个 · 共 ${products.length} 个`
              : '计次卡与限时卡'}
          </Text>
        </View>
      </View>

      <PunchProductForm
        editing={editing}
        onCancel={() => setEditing(null)}
        onSaved={async () => {
          setEditing(null);
          await data.reload();
        }}
      />

      <View className="panel punch-list">
        {data.loading && !data.data ? (
          [0, 1].map((row) => <Skeleton key={row} height={48} className="marketer-skeleton-row" />)
        ) : data.error && !data.data ? (
          <ErrorState compact title="次卡加载失败" message={data.error.message} onRetry={() => void data.reload()} />
        ) : products.length === 0 ? (
          <EmptyState compact message="还没有次卡商品" hint="在上方新建，例如 美式咖啡10次卡" />
        ) : (
          products.map((product) => (
            <View key={product.productId} className={`admin-row punch-row punch-row-${product.productId}`}>
              <View className="admin-row__text">
                <Text className="admin-row__title">{product.name}</Text>
                <Text className="admin-row__meta">
                  {`${product.uses === null ? '限时卡 不限次' : `${product.uses} 次`} · ${formatFen(product.priceFen)} · 购买后 ${product.validDays} 天有效`}
                </Text>
                {action.problem?.id === product.productId && (
                  <Text className="admin-error">{action.problem.message}</Text>
                )}
              </View>
              <View className="admin-row__side">
                <Text className={`admin-state punch-state${product.active ? '' : ' admin-state--off'}`}>
                  {product.active ? '在售' : '已下架'}
                </Text>
                <Text className="admin-action punch-edit" onClick={() => setEditing(product)}>
                  修改
                </Text>
                <Text
                  className={`admin-action punch-toggle${action.busy === product.productId ? ' admin-action--busy' : ''}`}
                  onClick={() => void toggle(product)}
                >
                  {action.asking === product.productId
                    ? product.active
                      ? '确认下架？'
                      : '确认上架？'
                    : product.active
                      ? '下架'
                      : '上架'}
                </Text>
              </View>
            </View>
          ))
        )}
      </View>
    </MarketerPage>
  );
}
