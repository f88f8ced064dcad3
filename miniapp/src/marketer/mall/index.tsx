import { Text, View } from '@tarojs/components';
import type { AdminMallItemView } from '@app/shared';
import { useState } from 'react';
import { EmptyState } from '../../components/empty-state';
import { ErrorState } from '../../components/error-state';
import { Skeleton } from '../../components/skeleton';
import { MarketerPage } from '../../features/campaigns/components/MarketerPage';
import { ItemImage } from '../../features/mall/components/ItemImage';
import { listAdminItems, updateItem } from '../../features/marketer/api/mall-admin';
import { StockAdjust } from '../../features/marketer/components/StockAdjust';
import { useConfirmedAction } from '../../features/marketer/hooks/use-confirmed-action';
import { itemState } from '../../features/marketer/mall-form';
import { formatNumber } from '../../lib/format';
import { newIdempotencyKey } from '../../lib/idempotency';
import { openPage, routes } from '../../lib/routes';
import { usePageResource } from '../../lib/use-page-resource';
import { useRoleGuard } from '../../lib/use-role-guard';
import '../../features/console/components/Console.scss';
import '../../features/marketer/components/AdminRows.scss';

const TONE = { on: '', off: ' admin-state--off', warn: ' admin-state--warn' } as const;

/** 积分商城管理: every item with its stock, units redeemed and state; 上架/下架, stock ± with a reason, edit; 新建商品. */
export default function MallAdminPage() {
  useRoleGuard('marketer');
  const items = usePageResource(listAdminItems);
  const visibility = useConfirmedAction();
  const [adjusting, setAdjusting] = useState<string | null>(null);
  const now = Date.now();
  const create = () => void openPage(routes.marketerMallItem);

  const toggle = (item: AdminMallItemView) =>
    visibility.press(item.itemId, async () => {
      await updateItem(item.itemId, { hidden: !item.hidden }, newIdempotencyKey('mall-hide'));
      await items.reload();
    });

  const list = items.data?.items ?? [];
  return (
    <MarketerPage className="mall-admin-page">
      <View className="marketer-head">
        <View>
          <Text className="marketer-head__title">积分商城管理</Text>
          <Text className="marketer-head__sub">下架的商品会员看不到也不能兑换；已下的订单照常提货</Text>
        </View>
        <View
          className="btn btn--primary btn--small marketer-head__action mall-new"
          hoverClass="btn--pressed"
          onClick={create}
        >
          <Text>新建商品</Text>
        </View>
      </View>

      <View className="panel mall-admin-list">
        {items.loading && !items.data ? (
          [0, 1, 2].map((row) => <Skeleton key={row} height={56} className="marketer-skeleton-row" />)
        ) : items.error && !items.data ? (
          <ErrorState compact title="商品加载失败" message={items.error.message} onRetry={() => void items.reload()} />
        ) : list.length === 0 ? (
          <EmptyState compact message="商城里还没有商品" hint="新建第一件商品，会员即可用积分兑换" />
        ) : (
          list.map((item) => {
            const state = itemState(item, now);
            return (
              <View key={item.itemId}>
                <View className={`admin-row mall-admin-row mall-admin-row-${item.itemId}`}>
                  <ItemImage name={item.name} category={item.category} src={item.images[0]} size="thumb" />
                  <View className="admin-row__text">
                    <Text className="admin-row__title">{item.name}</Text>
                    <Text className="admin-row__meta">
                      {item.category} · {formatNumber(item.points)} 积分
                      {item.cashFen ? ` + ¥${(item.cashFen / 100).toFixed(2)}` : ''}
                    </Text>
                    <Text className="admin-row__meta mall-admin-stock">
                      库存 {item.stock === null ? '不限' : formatNumber(item.stock)}
                      {item.sold !== null ? ` · 已兑 ${formatNumber(item.sold)}` : ''}
                      {item.saleFrom || item.saleUntil
                        ? ` · ${item.saleFrom ? item.saleFrom.slice(0, 10) : '即日'} 至 ${item.saleUntil ? item.saleUntil.slice(0, 10) : '长期'}`
                        : ''}
                    </Text>
                    {visibility.problem?.id === item.itemId && (
                      <Text className="admin-error">{visibility.problem.message}</Text>
                    )}
                  </View>
                  <View className="admin-row__side">
                    <Text className={`admin-state mall-admin-state${TONE[state.tone]}`}>{state.label}</Text>
                    <View className="admin-row__actions">
                      <Text
                        className="admin-action mall-admin-edit"
                        onClick={() => void openPage(routes.marketerMallItem, { itemId: item.itemId })}
                      >
                        编辑
                      </Text>
                      {item.stock !== null && (
                        <Text
                          className="admin-action mall-admin-stock-open"
                          onClick={() => setAdjusting(adjusting === item.itemId ? null : item.itemId)}
                        >
                          库存±
                        </Text>
                      )}
                      <Text
                        className={`admin-action mall-admin-toggle${item.hidden ? '' : ' admin-action--danger'}`}
                        onClick={() => void toggle(item)}
                      >
                        {visibility.asking === item.itemId
                          ? item.hidden
                            ? '确认上架？'
                            : '确认下架？'
                          : item.hidden
                            ? '上架'
                            : '下架'}
                      </Text>
                    </View>
                  </View>
                </View>
                {adjusting === item.itemId && (
                  <StockAdjust
                    item={item}
                    onDone={() => {
                      setAdjusting(null);
                      void items.reload();
                    }}
                  />
                )}
              </View>
            );
          })
        )}
      </View>
    </MarketerPage>
  );
}
