import { Text, View } from '@tarojs/components';
import type { Member360, MemberSummary } from '@app/shared';
import { LevelBadge } from '../../../components/level-badge';
import { formatDate, formatDateTime, formatNumber } from '../../../lib/format';
import { formatFen } from '../../../lib/money';
import { sourceLabel, STATUS_LABELS, storeName } from '../../coupons/coupon-words';
import { levelReasonText } from '../../levels/level-words';
import { LEDGER_TYPE_LABELS, signedPoints } from '../../points/points-words';
import { badgeName, MATCHED_BY, type MemberTab } from '../member-words';

/** A search result: nickname, number, phone, level and balance; tap opens the 360. */
export function MemberRow({ member, onOpen }: { member: MemberSummary; onOpen: (member: MemberSummary) => void }) {
  return (
    <View
      className={`member-row member-row-${member.memberNo}`}
      data-member-id={member.memberId}
      hoverClass="member-row--pressed"
      onClick={() => onOpen(member)}
    >
      <View className="member-row__text">
        <View className="member-row__top">
          <Text className="member-row__name">{member.nickname}</Text>
          <LevelBadge code={member.levelCode} name={member.levelName} size="small" />
        </View>
        <Text className="member-row__meta">
          {member.memberNo}
          {member.phoneMasked ? ` · ${member.phoneMasked}` : ''} · 入会 {formatDate(member.joinedAt)}
        </Text>
      </View>
      <View className="member-row__side">
        <Text className="member-row__points">{formatNumber(member.points)}</Text>
        <Text className="member-row__meta">积分</Text>
      </View>
      <Text className="member-row__arrow">›</Text>
    </View>
  );
}

export const matchedByText = (matchedBy: string) => MATCHED_BY[matchedBy] ?? '';

/** The 360's head: who, level, balance and a few facts. */
export function MemberProfile({ member }: { member: Member360 }) {
  const { profile } = member;
  const facts: Array<[string, string, string]> = [
    ['points', '积分余额', formatNumber(profile.points)],
    ['debt', '积分欠款', formatNumber(profile.pointsDebt)],
    ['growth', '成长值', formatNumber(profile.growth)],
    ['purchases', '消费次数', formatNumber(profile.purchaseCount)],
    ['checkins', '签到次数', formatNumber(profile.checkinCount)],
    ['referrals', '成功邀请', formatNumber(profile.referralsRewarded)],
    ['stamps', '集点', formatNumber(profile.stamps)],
  ];
  return (
    <View className="panel member-profile">
      <View className="member-profile__head">
        <View className="member-profile__avatar">
          <Text>{profile.nickname.slice(0, 1)}</Text>
        </View>
        <View className="member-profile__text">
          <View className="member-profile__top">
            <Text className="member-profile__name member-360-nickname">{profile.nickname}</Text>
            <LevelBadge code={profile.levelCode} name={profile.levelName} size="small" />
          </View>
          <Text className="member-profile__meta member-360-no">会员号 {profile.memberNo}</Text>
          <Text className="member-profile__meta">
            {profile.phoneMasked ?? '未绑定手机'} · 入会 {formatDate(profile.joinedAt)}
            {profile.birthday ? ` · 生日 ${profile.birthday.slice(-5)}` : ''}
          </Text>
          <Text className="member-profile__meta">
            常去门店 {profile.homeStoreId ? storeName(profile.homeStoreId, member.storeNames) : '—'} · 最近消费{' '}
            {profile.lastPurchaseAt ? formatDate(profile.lastPurchaseAt) : '—'}
          </Text>
        </View>
      </View>
      <View className="member-facts">
        {facts.map(([key, label, value]) => (
          <View key={key} className={`member-fact member-360-${key}`}>
            <Text className="member-fact__value">{value}</Text>
            <Text className="member-fact__label">{label}</Text>
          </View>
        ))}
      </View>
    </View>
  );
}

const none = (text: string) => <Text className="member-history-empty muted">{text}</Text>;

/** One of the 360's histories: ledger, coupons, purchases, orders, level changes or badges. */
export function MemberHistory({ member, tab }: { member: Member360; tab: MemberTab }) {
  if (tab === 'ledger') {
    return member.ledger.length === 0
      ? none('暂无积分记录')
      : member.ledger.map((entry) => (
          <View key={entry.id} className={`history-row ledger-row ledger-row--${entry.type}`}>
            <View className="history-row__text">
              <Text className="history-row__title">{entry.reason || LEDGER_TYPE_LABELS[entry.type]}</Text>
              <Text className="history-row__meta">
                {LEDGER_TYPE_LABELS[entry.type]} · {formatDateTime(entry.at)}
              </Text>
            </View>
            <View className="history-row__side">
              <Text
                className={`history-row__value ${entry.points >= 0 ? 'history-row__value--gain' : ''} ledger-row__points`}
              >
                {signedPoints(entry.points)}
              </Text>
              <Text className="history-row__meta">余额 {formatNumber(entry.balanceAfter)}</Text>
            </View>
          </View>
        ));
  }
  if (tab === 'coupons') {
    return member.coupons.length === 0
      ? none('暂无优惠券')
      : member.coupons.map((coupon) => (
          <View key={coupon.couponId} className="history-row coupon-history-row">
            <View className="history-row__text">
              <Text className="history-row__title">{coupon.title}</Text>
              <Text className="history-row__meta">
                {sourceLabel(coupon.source)} · {formatDate(coupon.issuedAt)} 发放 · {formatDate(coupon.validUntil)}{' '}
                前有效
              </Text>
            </View>
            <Text className={`history-row__status history-row__status--${coupon.status}`}>
              {STATUS_LABELS[coupon.status]}
            </Text>
          </View>
        ));
  }
  if (tab === 'purchases') {
    return member.purchases.length === 0
      ? none('暂无消费记录')
      : member.purchases.map((purchase) => (
          <View key={purchase.purchaseId} className="history-row purchase-history-row">
            <View className="history-row__text">
              <Text className="history-row__title">
                {storeName(purchase.storeId, member.storeNames)} · {purchase.receiptNo}
              </Text>
              <Text className="history-row__meta">
                {formatDateTime(purchase.at)} · 积分 {signedPoints(purchase.points)}
                {purchase.refundedFen > 0 ? ` · 已退 ${formatFen(purchase.refundedFen)}` : ''}
              </Text>
            </View>
            <Text className="history-row__value">{formatFen(purchase.payableFen)}</Text>
          </View>
        ));
  }
  if (tab === 'orders') {
    const status: Record<string, string> = { awaiting_pickup: '待领取', completed: '已领取', cancelled: '已取消' };
    return member.orders.length === 0
      ? none('暂无兑换记录')
      : member.orders.map((order) => (
          <View key={order.orderId} className="history-row order-history-row">
            <View className="history-row__text">
              <Text className="history-row__title">
                {order.itemName} ×{order.quantity}
              </Text>
              <Text className="history-row__meta">
                {formatDateTime(order.createdAt)} · {formatNumber(order.points)} 积分
                {order.cashFen > 0 ? ` + ${formatFen(order.cashFen)}` : ''}
              </Text>
            </View>
            <Text className="history-row__status">{status[order.status] ?? order.status}</Text>
          </View>
        ));
  }
  if (tab === 'levels') {
    return member.levelHistory.length === 0
      ? none('暂无等级变化')
      : member.levelHistory.map((change, index) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: two changes may share an instant; the history's order never changes
          <View key={`${change.at}-${index}`} className="history-row level-history-row">
            <View className="history-row__text">
              <Text className="history-row__title">
                {change.fromName ? `${change.fromName} → ${change.toName}` : `入会 ${change.toName}`}
              </Text>
              <Text className="history-row__meta level-change-reason">{levelReasonText(change.reason)}</Text>
            </View>
            <Text className="history-row__meta">{formatDate(change.at)}</Text>
          </View>
        ));
  }
  return member.badges.length === 0 ? (
    none('暂无勋章')
  ) : (
    <View className="tag-list">
      {member.badges.map((badge) => (
        <View key={badge.code} className="tag member-badge" data-badge={badge.code}>
          <Text>
            {badgeName(badge.code)} · {formatDate(badge.at)}
          </Text>
        </View>
      ))}
    </View>
  );
}
