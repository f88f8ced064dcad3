import { Text, View } from '@tarojs/components';
import type { PurchaseResponse } from '@app/shared';
import { formatNumber, formatTime } from '../../../lib/format';
import { formatFen } from '../../../lib/money';
import { LevelUpBanner } from './LevelUpBanner';
import { PaymentSplit } from './PaymentSplit';
import { StampProgress } from './StampProgress';

/** 消费已记录: what was recorded (the coupon's discount too), what the member earned, the stamp card, and the level-up if there was one. */
export function PurchaseResult({ result, couponTitle }: { result: PurchaseResponse; couponTitle?: string | null }) {
  return (
    <View className="purchase-result">
      <View className="panel purchase-result__head">
        <View className="purchase-result__check">
          <Text>✓</Text>
        </View>
        <Text className="purchase-result__title">消费已记录</Text>
        <Text className="purchase-result__receipt">
          小票 {result.receiptNo} · {formatTime(result.at)}
        </Text>
        <Text className="purchase-result__payable">实收 {formatFen(result.payableFen)}</Text>
        {result.levelDiscountFen > 0 && (
          <Text className="purchase-result__discount">已享等级折扣 {formatFen(result.levelDiscountFen)}</Text>
        )}
        {result.planDiscountFen > 0 && (
          <Text className="purchase-result__discount purchase-result-plan">
            已享PLUS折扣 {formatFen(result.planDiscountFen)}
          </Text>
        )}
        {(result.couponDiscountFen > 0 || result.couponsUsed.length > 0) && (
          <Text className="purchase-result__discount purchase-result__coupon purchase-result-coupon">
            优惠券抵扣 {formatFen(result.couponDiscountFen)}
            {couponTitle ? `（${couponTitle}）` : ''}
          </Text>
        )}
        {(result.walletFen > 0 || result.pointsUsed > 0) && (
          <PaymentSplit
            walletFen={result.walletFen}
            walletBonusFen={result.walletBonusFen}
            pointsUsed={result.pointsUsed}
            pointsCashFen={result.pointsCashFen}
            cashFen={result.cashFen}
            cashLabel="现金"
          />
        )}
        <View className="purchase-result__earn">
          <View className="purchase-result__cell">
            <Text className="purchase-result__label">获得积分</Text>
            <Text className="purchase-result__value purchase-result-points">+{formatNumber(result.points)}</Text>
          </View>
          <View className="purchase-result__cell">
            <Text className="purchase-result__label">获得成长值</Text>
            <Text className="purchase-result__value purchase-result-growth">+{formatNumber(result.growth)}</Text>
          </View>
        </View>
      </View>
      {result.memberAfter && (
        <View className="panel purchase-result__after purchase-result-balance">
          <Text className="purchase-result__label">本单后</Text>
          <Text className="purchase-result__after-text">
            积分余额 {formatNumber(result.memberAfter.points)}
            {result.memberAfter.pendingPoints > 0
              ? `（另有 ${formatNumber(result.memberAfter.pendingPoints)} 待到账）`
              : ''}
            {` · ${result.memberAfter.level.name}`}
          </Text>
        </View>
      )}
      {result.stamps && (
        <StampProgress stamps={result.stamps} gift={result.stampGift} giftIssued={!!result.stampCouponId} />
      )}
      {result.levelChange && (
        <LevelUpBanner
          levelCode={result.levelChange.to}
          levelName={result.levelChange.toName}
          giftPoints={result.giftPoints}
        />
      )}
    </View>
  );
}
