import { Text, View } from '@tarojs/components';
import type { MallItemView } from '@app/shared';
import { levelRequirement, limitsText, PICKUP_DAYS, saleWindowText, stockFact } from '../mall-words';

/** The terms of an item, one line each: stock, limits, when, who, how it is picked up. */
export function ItemFacts({ item }: { item: MallItemView }) {
  const limits = limitsText(item);
  const window = saleWindowText(item.saleFrom, item.saleUntil);
  const rows: { key: string; label: string; value: string }[] = [
    { key: 'stock', label: '库存', value: stockFact(item.stock) },
    ...(limits ? [{ key: 'limits', label: '限兑', value: limits }] : []),
    { key: 'window', label: '兑换时间', value: window ?? '长期有效' },
    { key: 'level', label: '兑换等级', value: levelRequirement(item.minLevelName) ?? '所有会员' },
    {
      key: 'pickup',
      label: '领取方式',
      value: item.kind === 'coupon' ? '兑换后优惠券发放到你的账户' : `到任意门店出示提货码领取，${PICKUP_DAYS}天内有效`,
    },
  ];
  return (
    <View className="panel item-facts">
      {rows.map((row) => (
        <View className={`item-facts__row item-fact-${row.key}`} key={row.key}>
          <Text className="item-facts__label">{row.label}</Text>
          <Text className="item-facts__value">{row.value}</Text>
        </View>
      ))}
    </View>
  );
}
