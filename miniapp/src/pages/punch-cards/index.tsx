import { Text, View } from '@tarojs/components';
import { EmptyState } from '../../components/empty-state';
import { ErrorState } from '../../components/error-state';
import { createCardOrder, getMyPunchCards, getPunchProducts } from '../../features/plans/api/plans';
import { OrderResult } from '../../features/plans/components/OrderResult';
import { PunchCardItem } from '../../features/plans/components/PunchCardItem';
import { PunchProducts } from '../../features/plans/components/PunchProducts';
import { useMoneyOrder } from '../../features/plans/hooks/use-money-order';
import { newIdempotencyKey } from '../../lib/idempotency';
import { useResource } from '../../lib/use-resource';
import { useRoleGuard } from '../../lib/use-role-guard';
import '../../features/wallet/components/wallet.scss';
import '../../features/plans/components/plans.scss';

/** 我的次卡: each card's remaining uses, expiry and history; below, the cards on sale (WeChat Pay or the wallet). */
export default function PunchCardsPage() {
  useRoleGuard('member');
  const cards = useResource(getMyPunchCards);
  const products = useResource(getPunchProducts);
  const order = useMoneyOrder();

  if (order.outcome)
    return (
      <View className="page punch-page">
        <OrderResult
          outcome={order.outcome}
          what="次卡"
          doneLabel="查看我的次卡"
          onDone={() => {
            order.again();
            void cards.reload();
          }}
          onAgain={order.again}
          onRecheck={(orderId) => void order.recheck(orderId)}
        />
      </View>
    );

  const buy = (productId: string, payWith: 'wechat' | 'wallet') =>
    void order.start(() => createCardOrder(productId, { payWith }, newIdempotencyKey('card')));
  return (
    <View className="page punch-page">
      <Text className="punch-heading">我的次卡</Text>
      {cards.data ? (
        cards.data.length > 0 ? (
          cards.data.map((card) => <PunchCardItem key={card.cardId} card={card} />)
        ) : (
          <EmptyState compact message="还没有次卡" hint="买一张次卡，到店出示会员码即可核销" />
        )
      ) : cards.error ? (
        <ErrorState title="次卡加载失败" message={cards.error.message} onRetry={() => void cards.reload()} />
      ) : (
        <Text className="topup-waiting">加载中…</Text>
      )}
      <Text className="punch-heading">购买次卡</Text>
      {order.polling ? <Text className="topup-waiting">正在确认付款结果…</Text> : null}
      {products.data ? (
        products.data.length > 0 ? (
          <PunchProducts products={products.data} busy={order.busy} onBuy={buy} />
        ) : (
          <EmptyState compact message="暂无在售次卡" />
        )
      ) : products.error ? (
        <ErrorState title="次卡商品加载失败" message={products.error.message} onRetry={() => void products.reload()} />
      ) : null}
    </View>
  );
}
