import { Text, View } from '@tarojs/components';
import { fenToYuanText } from '../../../lib/money';
import { couponValue, type CouponTermsView } from '../coupon-words';
import './CouponTicket.scss';

/** The ticket's left part: ¥5 / 8.8折 large, or the gift's name; 满¥30可用 or 无门槛 under it. */
export function CouponStub({ terms, muted = false }: { terms: CouponTermsView; muted?: boolean }) {
  const value = couponValue(terms);
  const gift = terms.type === 'gift';
  return (
    <View className={`coupon-stub coupon-stub--${terms.type}${muted ? ' coupon-stub--muted' : ''}`}>
      {gift ? (
        <>
          <Text className="coupon-stub__gift-tag">兑换</Text>
          <Text className={`coupon-stub__gift${value.figure.length > 4 ? ' coupon-stub__gift--long' : ''}`}>
            {value.figure}
          </Text>
        </>
      ) : (
        <View className="coupon-stub__value">
          {value.unit === '¥' && <Text className="coupon-stub__unit coupon-stub__unit--before">¥</Text>}
          <Text className={`coupon-stub__figure${value.figure.length > 4 ? ' coupon-stub__figure--long' : ''}`}>
            {value.figure}
          </Text>
          {value.unit === '折' && <Text className="coupon-stub__unit">折</Text>}
        </View>
      )}
      <Text className="coupon-stub__min">
        {terms.minSpendFen > 0 ? `满${fenToYuanText(terms.minSpendFen)}元可用` : '无门槛'}
      </Text>
    </View>
  );
}
