import { Text, View } from '@tarojs/components';
import { ErrorState } from '../../components/error-state';
import { ItemFacts } from '../../features/mall/components/ItemFacts';
import { ItemImage } from '../../features/mall/components/ItemImage';
import { MallItemSkeleton } from '../../features/mall/components/MallSkeleton';
import { QuantityStepper } from '../../features/mall/components/QuantityStepper';
import { RedeemBar } from '../../features/mall/components/RedeemBar';
import { RedeemSheet } from '../../features/mall/components/RedeemSheet';
import { useItemIdParam, useMallItem } from '../../features/mall/hooks/use-mall-item';
import { reasonExplanation, stockLabel } from '../../features/mall/mall-words';
import { formatNumber } from '../../lib/format';
import { formatFen } from '../../lib/money';
import { goBack, routes } from '../../lib/routes';
import { useRoleGuard } from '../../lib/use-role-guard';
import './index.scss';

/** 礼品详情: picture, name, price and terms; the quantity; 立即兑换 → 确认兑换 → the order with its pickup code. */
export default function MallItemPage() {
  useRoleGuard('member');
  const itemId = useItemIdParam();
  const { item, balance, quantity, setQuantity, bound, redeem, notice, reload } = useMallItem(itemId);
  const data = item.data;

  if (!itemId || (!data && item.error?.status === 404)) {
    return (
      <View className="page mall-item-page">
        <ErrorState
          title="礼品不存在"
          message="这件礼品可能已经下架了，看看别的吧"
          retryText="去积分商城"
          onRetry={() => void goBack(routes.mall)}
        />
      </View>
    );
  }
  if (!data) {
    return (
      <View className="mall-item-page">
        {item.error ? (
          <ErrorState title="礼品加载失败" message={item.error.message} onRetry={() => void reload()} />
        ) : (
          <MallItemSkeleton />
        )}
      </View>
    );
  }

  const stock = stockLabel(data.stock);
  const why = reasonExplanation(data, balance);
  return (
    <View className="mall-item-page">
      <ItemImage name={data.name} category={data.category} src={data.images[0]} size="hero" />
      <View className="mall-item-page__body">
        <View className="panel mall-item-page__head">
          <Text className="mall-item-page__name mall-item-name">{data.name}</Text>
          <View className="mall-item-page__price">
            <Text className="mall-item-page__points mall-item-points">{formatNumber(data.points)}</Text>
            <Text className="mall-item-page__unit">积分</Text>
            {data.cashFen > 0 && (
              <Text className="mall-item-page__cash mall-item-cash">+ {formatFen(data.cashFen)}</Text>
            )}
            {stock && <Text className="mall-item-page__stock">{stock}</Text>}
          </View>
          {data.cashFen > 0 && <Text className="mall-item-page__cash-note">现金部分在门店领取时支付</Text>}
          {data.description ? <Text className="mall-item-page__desc">{data.description}</Text> : null}
        </View>

        {notice && <Text className="mall-item-page__notice mall-item-notice">{notice}</Text>}

        {why ? (
          <View className="panel mall-item-page__why mall-item-reason">
            <Text className="mall-item-page__why-icon">!</Text>
            <Text>{why}</Text>
          </View>
        ) : (
          <View className="panel mall-item-page__qty">
            <View className="mall-item-page__qty-row">
              <Text className="mall-item-page__qty-label">兑换数量</Text>
              <QuantityStepper value={quantity} max={bound.max} onChange={setQuantity} />
            </View>
            {quantity >= bound.max && <Text className="mall-item-page__qty-hint qty-hint">{bound.why}</Text>}
          </View>
        )}

        <ItemFacts item={data} />
      </View>

      <RedeemBar item={data} quantity={why ? 1 : quantity} onRedeem={redeem.openSheet} />
      {redeem.sheetOpen && (
        <RedeemSheet
          item={data}
          quantity={quantity}
          balance={balance}
          pending={redeem.pending}
          error={redeem.sheetError}
          canRetry={redeem.canRetry}
          onConfirm={() => void redeem.confirm()}
          onClose={redeem.closeSheet}
        />
      )}
    </View>
  );
}
