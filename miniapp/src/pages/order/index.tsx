import { Text, View } from '@tarojs/components';
import { ErrorState } from '../../components/error-state';
import { Skeleton } from '../../components/skeleton';
import { OrderStatusCard } from '../../features/orders/components/OrderStatusCard';
import { OrderSummary } from '../../features/orders/components/OrderSummary';
import { useOrder, useOrderParams } from '../../features/orders/hooks/use-order';
import { goBack, openPage, routes } from '../../lib/routes';
import { useRoleGuard } from '../../lib/use-role-guard';
import './index.scss';

/** 兑换详情 (also the result right after 确认兑换): status, the pickup code as QR and digits, what it cost, 取消兑换. */
export default function OrderPage() {
  useRoleGuard('member');
  const { orderId, fresh } = useOrderParams();
  const { order, error, reload, cancel, cancelling, cancelError, canRetry } = useOrder(orderId);

  if (!order) {
    const missing = !orderId || error?.status === 404;
    return (
      <View className="page order-page">
        {missing ? (
          <ErrorState
            title="没有找到这次兑换"
            message="它可能不属于当前账号，去我的兑换看看"
            retryText="我的兑换"
            onRetry={() => void goBack(routes.orders)}
          />
        ) : error ? (
          <ErrorState title="兑换详情加载失败" message={error.message} onRetry={() => void reload()} />
        ) : (
          <View className="order-skeleton">
            <View className="panel order-skeleton__panel">
              <Skeleton width={120} height={22} />
              <View className="order-skeleton__gap" />
              <Skeleton width={200} height={200} radius={4} />
              <View className="order-skeleton__gap" />
              <Skeleton width={180} height={30} />
            </View>
            <View className="panel">
              <Skeleton height={64} />
            </View>
          </View>
        )}
      </View>
    );
  }

  // Past its pickup date the order is still the member's to cancel (the points come back at once, not with the job).
  const cancellable = order.status === 'awaiting_pickup';
  return (
    <View className="page order-page">
      <OrderStatusCard order={order} fresh={fresh} />
      <OrderSummary order={order} />
      {cancelError && <Text className="order-page__error order-cancel-error">{cancelError}</Text>}
      {cancellable && (
        <View
          className={`btn btn--danger-ghost order-page__action order-cancel${cancelling ? ' btn--disabled' : ''}`}
          hoverClass="btn--pressed"
          onClick={() => void cancel()}
        >
          <Text>{cancelling ? '正在取消…' : canRetry ? '重试取消' : '取消兑换'}</Text>
        </View>
      )}
      <View className="order-page__links">
        <Text className="order-page__link order-open-orders" onClick={() => void openPage(routes.orders)}>
          我的兑换
        </Text>
        <Text className="order-page__sep">|</Text>
        <Text className="order-page__link order-open-mall" onClick={() => void openPage(routes.mall)}>
          继续逛逛
        </Text>
      </View>
    </View>
  );
}
