import { Text, View } from '@tarojs/components';
import type { MeResponse } from '@app/shared';
import { LevelBadge, levelTheme } from '../../../components/level-badge';
import { formatDate, formatNumber } from '../../../lib/format';
import './LevelCard.scss';

export interface LevelCardProps {
  me: MeResponse;
  /** Tapping the points figure opens the points page. */
  onOpenPoints?: () => void;
  /** Tapping the level (badge, name, validity) opens the level page. */
  onOpenLevels?: () => void;
}

/** The card face: who, which level (in the level's colours), points, debt, points on their way (待到账) and points about to expire. */
export function LevelCard({ me, onOpenPoints, onOpenLevels }: LevelCardProps) {
  const theme = levelTheme(me.level.code);
  const { balance, debt, pending, expiring } = me.points;
  return (
    <View
      className={`level-card level-card--rank-${theme.rank}`}
      style={{ background: theme.cardBackground, color: theme.cardColor }}
    >
      <Text className="level-card__brand">啡常时光 · MEMBER CARD</Text>
      <View className="level-card__top level-card-open-levels" onClick={onOpenLevels}>
        <View className="level-card__who">
          <Text className="level-card__nickname member-nickname">{me.nickname}</Text>
          <Text className="level-card__no">
            会员号 <Text className="member-no">{me.memberNo}</Text>
          </Text>
        </View>
        <LevelBadge code={me.level.code} name={me.level.name} />
      </View>

      <View className="level-card__bottom">
        <View className="level-card__points level-card-open-points" onClick={onOpenPoints}>
          <Text className="level-card__label">
            可用积分{onOpenPoints && <Text className="level-card__more"> 明细 ›</Text>}
          </Text>
          <Text className="level-card__balance member-points">{formatNumber(balance)}</Text>
          {debt > 0 && <Text className="level-card__debt member-debt">待抵扣 {formatNumber(debt)} 积分</Text>}
          {pending > 0 && (
            <Text className="level-card__pending member-pending">待到账 {formatNumber(pending)} 积分</Text>
          )}
        </View>
        <View className="level-card__meta" onClick={onOpenLevels}>
          {me.stamps.of > 0 && (
            <Text className="level-card__stamps">
              集点 {me.stamps.count}/{me.stamps.of}
            </Text>
          )}
          <Text className="level-card__valid">
            {me.level.validUntil ? `等级有效期至 ${formatDate(me.level.validUntil)}` : '长期有效'}
            {onOpenLevels && <Text className="level-card__more"> ›</Text>}
          </Text>
        </View>
      </View>
      {expiring && expiring.points > 0 && (
        <View className="level-card__expiring member-expiring" onClick={onOpenPoints}>
          {formatNumber(expiring.points)} 积分将于 {formatDate(expiring.at)} 过期，记得使用哦
        </View>
      )}
    </View>
  );
}
