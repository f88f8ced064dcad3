import { Text, View } from '@tarojs/components';
import { LevelBadge } from '../../../components/level-badge';
import { discountLabel, formatNumber } from '../../../lib/format';

export interface PurchaseMemberInfo {
  nickname: string;
  memberNo: string;
  level: { code: string; name: string };
  discountPercent?: number;
  points?: number;
}

/** Whose purchase this is: a slim strip above the form. */
export function PurchaseMember({
  member,
  pending,
  unreadable,
}: {
  member: PurchaseMemberInfo | null;
  pending?: boolean;
  unreadable?: boolean;
}) {
  if (!member) {
    return (
      <View className="purchase-member purchase-member--unknown">
        <View className="purchase-member__avatar">
          <Text>?</Text>
        </View>
        <Text className="purchase-member__placeholder">
          {pending ? '正在读取会员信息…' : unreadable ? '会员码已失效，暂时无法显示会员信息' : '已扫描会员码'}
        </Text>
      </View>
    );
  }
  return (
    <View className="purchase-member">
      <View className="purchase-member__avatar">
        <Text>{member.nickname.slice(0, 1)}</Text>
      </View>
      <View className="purchase-member__who">
        <View className="purchase-member__line">
          <Text className="purchase-member__nickname">{member.nickname}</Text>
          <LevelBadge code={member.level.code} name={member.level.name} size="small" />
        </View>
        <Text className="purchase-member__facts">
          会员号 {member.memberNo}
          {member.discountPercent !== undefined && member.discountPercent < 100
            ? ` · 享${discountLabel(member.discountPercent)}`
            : ''}
          {member.points !== undefined ? ` · 积分 ${formatNumber(member.points)}` : ''}
        </Text>
      </View>
    </View>
  );
}
