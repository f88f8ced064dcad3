import { Text, View } from '@tarojs/components';
import type { MallItemView } from '@app/shared';
import { formatNumber } from '../../../lib/format';
import { formatFen } from '../../../lib/money';
import { levelRequirement, reasonLabel, reasonTone, stockLabel } from '../mall-words';
import { ItemImage } from './ItemImage';

/**
 * One item of the grid: picture (or tile), name, points (+ ¥cash), what is left when little is, and — when the
 * member cannot redeem it — a clear label saying why.
 */
export function MallItemCard({ item, onOpen }: { item: MallItemView; onOpen: (item: MallItemView) => void }) {
  const label = reasonLabel(item);
  const tone = label ? reasonTone(item.reason) : null;
  // The band already says 已兑完 for a sold-out item: the stock line would only repeat it.
  const stock = item.reason === 'STOCK_EXHAUSTED' && label ? null : stockLabel(item.stock);
  const level = levelRequirement(item.minLevelName);
  return (
    <View
      className={`mall-item mall-item-${item.itemId}${tone ? ` mall-item--${tone}` : ''}`}
      data-item-id={item.itemId}
      hoverClass="mall-item--pressed"
      onClick={() => onOpen(item)}
    >
      <View className="mall-item__media">
        <ItemImage name={item.name} category={item.category} src={item.images[0]} />
        {label && <Text className={`mall-item__state mall-item__state--${tone} mall-item-state`}>{label}</Text>}
        {!label && item.redeemedByMe > 0 && <Text className="mall-item__mine">已兑 {item.redeemedByMe} 件</Text>}
      </View>
      <View className="mall-item__body">
        <Text className="mall-item__name">{item.name}</Text>
        <View className="mall-item__price">
          <Text className="mall-item__points">{formatNumber(item.points)}</Text>
          <Text className="mall-item__unit">积分</Text>
          {item.cashFen > 0 && <Text className="mall-item__cash">+{formatFen(item.cashFen)}</Text>}
        </View>
        {(stock || level) && (
          <View className="mall-item__meta">
            {stock && (
              <Text className={`mall-item__stock mall-item-stock${item.stock === 0 ? ' mall-item__stock--out' : ''}`}>
                {stock}
              </Text>
            )}
            {level && item.reason !== 'LEVEL_TOO_LOW' && <Text className="mall-item__level">{level}</Text>}
          </View>
        )}
      </View>
    </View>
  );
}
