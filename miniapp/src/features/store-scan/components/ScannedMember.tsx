import { Text, View } from '@tarojs/components';
import type { ScannedMember as ScannedMemberData } from '@app/shared';
import { LevelBadge } from '../../../components/level-badge';
import { discountLabel, formatNumber } from '../../../lib/format';
import './ScannedMember.scss';

/** What the cashier needs at a glance: who, which level, the level discount, points, stamps. */
export function ScannedMember({ member, couponCount }: { member: ScannedMemberData; couponCount: number }) {
  const discounted = member.discountPercent < 100;
  return (
    <View className="panel scan-result">
      <View className="scan-result__head">
        <View className="scan-result__avatar">
          <Text>{member.nickname.slice(0, 1)}</Text>
        </View>
        <View className="scan-result__who">
          <Text className="scan-result__nickname">{member.nickname}</Text>
          <Text className="scan-result__no">会员号 {member.memberNo}</Text>
        </View>
        <LevelBadge code={member.level.code} name={member.level.name} size="small" />
      </View>
      <View className="scan-result__grid">
        <View className="scan-result__cell">
          <Text className="scan-result__label">等级折扣</Text>
          <Text className={`scan-result__big scan-discount${discounted ? ' scan-result__big--accent' : ''}`}>
            {discountLabel(member.discountPercent)}
          </Text>
        </View>
        <View className="scan-result__cell">
          <Text className="scan-result__label">可用积分</Text>
          <Text className="scan-result__big scan-points">{formatNumber(member.points)}</Text>
        </View>
        <View className="scan-result__cell">
          <Text className="scan-result__label">集点卡</Text>
          <Text className="scan-result__big">
            {member.stamps.count}
            <Text className="scan-result__small">/{member.stamps.of}</Text>
          </Text>
        </View>
      </View>
      <Text className="scan-result__coupons">
        {couponCount > 0 ? `可用优惠券 ${couponCount} 张` : '暂无可用优惠券'}
      </Text>
    </View>
  );
}
