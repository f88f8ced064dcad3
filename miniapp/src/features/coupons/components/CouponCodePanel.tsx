import { Text, View } from '@tarojs/components';
import type { CouponView, MemberCodeResponse } from '@app/shared';
import { ErrorState } from '../../../components/error-state';
import { Skeleton } from '../../../components/skeleton';
import type { MemberCodeState } from '../../member-card/hooks/use-member-code';
import { momentText, storeName, validFromText } from '../coupon-words';
import { CouponQrCode } from './CouponQrCode';

/** Why there is no code to show: used (when, where), expired, revoked, or not good yet. */
export function noCodeText(coupon: CouponView, now: number): string {
  switch (coupon.status) {
    case 'used': {
      const when = coupon.usedAt ? `已于 ${momentText(coupon.usedAt)} ` : '已';
      const where = coupon.usedStoreId ? `在${storeName(coupon.usedStoreId, coupon.storeNames)}` : '';
      return `${when}${where}使用`;
    }
    case 'expired':
      return `已于 ${momentText(coupon.validUntil)} 过期`;
    case 'revoked':
      return '这张券已被作废，不能再使用';
    default:
      return Date.parse(coupon.validFrom) > now
        ? `${validFromText(coupon.validFrom)}，到时再来出示券码`
        : `已于 ${momentText(coupon.validUntil)} 过期`;
  }
}

/**
 * 出示券码: the QR with its countdown while the coupon can be used (店员扫码即可核销), its loading and error states —
 * or, when it cannot be used, why not.
 */
export function CouponCodePanel({
  coupon,
  usable,
  code,
  now,
}: {
  coupon: CouponView;
  usable: boolean;
  code: MemberCodeState<MemberCodeResponse & { digits: string }>;
  now: number;
}) {
  if (!usable) {
    return (
      <View className="panel coupon-code-panel coupon-code-panel--off">
        <Text className="coupon-code-panel__off coupon-no-code">{noCodeText(coupon, now)}</Text>
      </View>
    );
  }
  const { code: current, error, loading, secondsLeft, refreshIn, refresh } = code;
  return (
    <View className="panel coupon-code-panel">
      <View className="panel__title">
        <Text>出示券码</Text>
        <Text className="panel__hint">结账时请店员扫码，或报出下方数字</Text>
      </View>
      {current ? (
        <>
          <CouponQrCode
            code={current.code}
            digits={current.digits}
            secondsLeft={secondsLeft}
            refreshIn={refreshIn}
            refreshing={loading}
            onRefresh={() => void refresh()}
          />
          {error && <Text className="coupon-code-panel__error">{error.message}</Text>}
        </>
      ) : error ? (
        <ErrorState compact message={error.message} onRetry={() => void refresh()} />
      ) : (
        <View className="coupon-code-panel__loading">
          <Skeleton width={224} height={224} radius={4} />
          <Skeleton width={140} height={14} className="coupon-code-panel__line" />
        </View>
      )}
      <Text className="coupon-code-panel__tip">每 5 分钟更新，截图无效；也可让店员扫会员码选券</Text>
    </View>
  );
}
