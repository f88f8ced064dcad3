import { Text, View } from '@tarojs/components';
import type { CouponView, ScannedMember } from '@app/shared';
import { LevelBadge } from '../../../components/level-badge';
import { isWeapp } from '../../../config/env';
import { conditionsText, couponValue, storeScopeText, validUntilText } from '../../coupons/coupon-words';
import { couponUseAt } from '../counter-coupon';
import './ScannedMember.scss';
import './ScannedCoupons.scss';

export interface ScannedCouponProps {
  coupon: CouponView;
  member: ScannedMember;
  storeId: string | null | undefined;
  /** WeChat: open the camera for the member's code (the purchase needs it). */
  onScanMember: () => void;
  now?: number;
}

/**
 * A scanned coupon code: the coupon (what it gives, its terms, until when), whose it is, and whether it can be used
 * here now — if so, the next step is the member's code, and 记录消费 then opens with this coupon picked; if not, why.
 */
export function ScannedCoupon({ coupon, member, storeId, onScanMember, now = Date.now() }: ScannedCouponProps) {
  const use = couponUseAt(coupon, storeId, now);
  return (
    <View className={`panel scan-coupon scan-coupon--${use.ok ? 'ok' : 'blocked'}`}>
      <View className="scan-coupon__top">
        <Text className="scan-coupon__tag">优惠券</Text>
        <Text className={`scan-coupon__status scan-coupon-status${use.ok ? ' scan-coupon__status--ok' : ''}`}>
          {use.ok ? '可使用' : use.label}
        </Text>
      </View>
      <View className="scan-coupon__face">
        <Text className={`scan-coupon__value scan-coupon__value--${coupon.type}`}>{couponValue(coupon).text}</Text>
        <View className="scan-coupon__text">
          <Text className="scan-coupon__title scan-coupon-title">{coupon.title}</Text>
          <Text className="scan-coupon__terms">{conditionsText(coupon)}</Text>
          <Text className="scan-coupon__terms">
            {validUntilText(coupon.validUntil)} · {storeScopeText(coupon.storeIds, coupon.storeNames)}
          </Text>
        </View>
      </View>
      <View className="scan-coupon__member">
        <View className="scan-result__avatar scan-coupon__avatar">
          <Text>{member.nickname.slice(0, 1)}</Text>
        </View>
        <View className="scan-result__who">
          <Text className="scan-result__nickname scan-coupon-member">{member.nickname}</Text>
          <Text className="scan-result__no">会员号 {member.memberNo}</Text>
        </View>
        <LevelBadge code={member.level.code} name={member.level.name} size="small" />
      </View>
      {use.ok ? (
        <View className="scan-coupon__next scan-coupon-next">
          <Text className="scan-coupon__next-title">下一步：扫描该会员的会员码</Text>
          <Text className="scan-coupon__next-hint">
            {isWeapp ? '记录消费时将自动选用这张券' : '在上方输入会员码并查询，记录消费时将自动选用这张券'}
          </Text>
          {isWeapp && (
            <View
              className="btn btn--primary btn--small scan-coupon__scan scan-coupon-scan-member"
              hoverClass="btn--pressed"
              onClick={onScanMember}
            >
              <Text>扫描会员码</Text>
            </View>
          )}
        </View>
      ) : (
        <Text className="scan-coupon__why scan-coupon-blocked">{use.why}</Text>
      )}
    </View>
  );
}
