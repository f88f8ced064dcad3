import { View } from '@tarojs/components';
import type { OrderView } from '@app/shared';
import { OrdersList } from '../../features/orders/components/OrdersList';
import { OrderTabs } from '../../features/orders/components/OrderTabs';
import { useOrdersPage } from '../../features/orders/hooks/use-orders-page';
import { openPage, routes } from '../../lib/routes';
import { useRoleGuard } from '../../lib/use-role-guard';
import './index.scss';

const openOrder = (order: OrderView) => void openPage(routes.order, { orderId: order.orderId });

/** 我的兑换: the member's orders by status (全部 / 待领取 / 已完成 / 已取消), newest first, endless. */
export default function OrdersPage() {
  useRoleGuard('member');
  const list = useOrdersPage();
  return (
    <View className="page orders-page">
      <OrderTabs value={list.filter} onChange={list.setFilter} />
      <View className="panel orders-panel">
        <OrdersList list={list} onOpen={openOrder} onOpenMall={() => void openPage(routes.mall)} />
      </View>
    </View>
  );
}
