import { Text, View } from '@tarojs/components';
import type { MeResponse } from '@app/shared';
import { formatNumber } from '../../../lib/format';
import './MallHeader.scss';

/** The top of 积分商城: what the member can spend, a debt if any, and the way to 我的兑换. */
export function MallHeader({
  points,
  onOpenOrders,
  onOpenPoints,
}: {
  points: MeResponse['points'] | null;
  onOpenOrders: () => void;
  onOpenPoints: () => void;
}) {
  return (
    <View className="mall-header">
      <View className="mall-header__glow" />
      <View className="mall-header__account" onClick={onOpenPoints}>
        <Text className="mall-header__label">我的积分 ›</Text>
        <Text className="mall-header__balance mall-balance">{points ? formatNumber(points.balance) : '—'}</Text>
        {points && points.debt > 0 ? (
          <Text className="mall-header__debt mall-debt">积分欠款 {formatNumber(points.debt)}，还清后才能兑换</Text>
        ) : (
          <Text className="mall-header__hint">积分兑好礼，到店出示提货码领取</Text>
        )}
      </View>
      <View className="mall-header__orders mall-open-orders" hoverClass="btn--pressed" onClick={onOpenOrders}>
        <View className="mall-header__orders-icon">
          <View className="mall-header__orders-lid" />
          <View className="mall-header__orders-box" />
        </View>
        <Text className="mall-header__orders-text">我的兑换</Text>
      </View>
    </View>
  );
}
