import { Text, View } from '@tarojs/components';
import type { MeResponse } from '@app/shared';
import { formatDateZh, formatNumber } from '../../../lib/format';
import { debtExplanation, pendingExplanation } from '../points-words';
import './PointsSummary.scss';

/** The head of the points page: what can be used now, a debt in words, and the next expiry. */
export function PointsSummary({ points }: { points: MeResponse['points'] }) {
  const { balance, debt, pending, expiring } = points;
  return (
    <View className="points-summary">
      <Text className="points-summary__label">可用积分</Text>
      <Text className="points-summary__balance points-balance">{formatNumber(balance)}</Text>
      {debt > 0 && (
        <View className="points-summary__note points-summary__note--debt points-debt">
          <Text className="points-summary__note-icon">!</Text>
          <Text>{debtExplanation(debt)}</Text>
        </View>
      )}
      {pending > 0 && (
        <View className="points-summary__note points-summary__note--pending points-pending">
          <Text className="points-summary__note-icon points-summary__note-icon--pending">待</Text>
          <Text>{pendingExplanation(pending)}</Text>
        </View>
      )}
      {expiring && expiring.points > 0 ? (
        <View className="points-summary__note points-expiring">
          <View className="points-summary__clock" />
          <Text>
            {formatNumber(expiring.points)} 积分将于 {formatDateZh(expiring.at)} 过期
          </Text>
        </View>
      ) : (
        <Text className="points-summary__hint">近 90 天内没有即将过期的积分</Text>
      )}
    </View>
  );
}
