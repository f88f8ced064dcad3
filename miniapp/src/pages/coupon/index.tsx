import { Text, View } from '@tarojs/components';
import { useEffect, useState } from 'react';
import { ErrorState } from '../../components/error-state';
import { Skeleton } from '../../components/skeleton';
import { CouponCodePanel } from '../../features/coupons/components/CouponCodePanel';
import { CouponFacts } from '../../features/coupons/components/CouponFacts';
import { CouponHero } from '../../features/coupons/components/CouponHero';
import { useCoupon, useCouponParams } from '../../features/coupons/hooks/use-coupon';
import { goBack, openPage, routes } from '../../lib/routes';
import { useRoleGuard } from '../../lib/use-role-guard';
import './index.scss';

/** A coupon of the wallet: its face, the QR to show at the counter (refreshed on its own), the rules and where it applies. */
export default function CouponPage() {
  useRoleGuard('member');
  const couponId = useCouponParams();
  const { coupon, error, missing, usable, code, reload } = useCoupon(couponId);
  const [now, setNow] = useState(() => Date.now());
  // biome-ignore lint/correctness/useExhaustiveDependencies: a coupon read again is the trigger to look at the clock again
  useEffect(() => setNow(Date.now()), [coupon]);

  if (!coupon) {
    return (
      <View className="page coupon-page">
        {missing ? (
          <ErrorState
            title="没有找到这张优惠券"
            message="它可能不属于当前账号，去我的优惠券看看"
            retryText="我的优惠券"
            onRetry={() => void goBack(routes.coupons)}
          />
        ) : error ? (
          <ErrorState title="优惠券加载失败" message={error.message} onRetry={() => void reload()} />
        ) : (
          <View className="coupon-page__skeleton">
            <Skeleton height={104} radius={12} />
            <View className="panel coupon-page__skeleton-panel">
              <Skeleton width={224} height={224} radius={4} />
            </View>
          </View>
        )}
      </View>
    );
  }

  return (
    <View className="page coupon-page">
      <CouponHero coupon={coupon} now={now} />
      <CouponCodePanel coupon={coupon} usable={usable} code={code} now={now} />
      <CouponFacts coupon={coupon} />
      <View className="coupon-page__links">
        <Text className="coupon-page__link coupon-open-wallet" onClick={() => void goBack(routes.coupons)}>
          我的优惠券
        </Text>
        <Text className="coupon-page__sep">|</Text>
        <Text className="coupon-page__link coupon-open-center" onClick={() => void openPage(routes.couponCenter)}>
          领券中心
        </Text>
      </View>
    </View>
  );
}
