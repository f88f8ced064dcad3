import { Text, View } from '@tarojs/components';
import type { MallItemView } from '@app/shared';
import { formatNumber } from '../../../lib/format';
import { formatFen } from '../../../lib/money';
import { reasonShort } from '../mall-words';

/**
 * The bar at the bottom of the item page: the total for the chosen quantity and 立即兑换 — or, when the member
 * cannot redeem the item, the button greyed out with the reason on it.
 */
export function RedeemBar({
  item,
  quantity,
  onRedeem,
}: {
  item: MallItemView;
  quantity: number;
  onRedeem: () => void;
}) {
  const label = reasonShort(item);
  return (
    <View className="redeem-bar">
      <View className="redeem-bar__total">
        <Text className="redeem-bar__label">合计</Text>
        <Text className="redeem-bar__points">{formatNumber(item.points * quantity)}</Text>
        <Text className="redeem-bar__unit">积分</Text>
        {item.cashFen > 0 && <Text className="redeem-bar__cash">+{formatFen(item.cashFen * quantity)}</Text>}
      </View>
      {label ? (
        <View className="btn redeem-bar__button redeem-bar__button--off mall-redeem mall-redeem--disabled">
          <Text>{label}</Text>
        </View>
      ) : (
        <View className="btn btn--primary redeem-bar__button mall-redeem" hoverClass="btn--pressed" onClick={onRedeem}>
          <Text>立即兑换</Text>
        </View>
      )}
    </View>
  );
}
