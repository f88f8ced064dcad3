import { Text, View } from '@tarojs/components';
import type { PurchasePreviewResponse } from '@app/shared';
import { formatNumber } from '../../../lib/format';
import { formatFen } from '../../../lib/money';

export interface PurchasePreviewProps {
  preview: PurchasePreviewResponse;
}

const multiplierText = (multiplier: number) =>
  `${Number.isInteger(multiplier) ? multiplier : multiplier.toFixed(1)}倍积分`;

/** 预览: what the member pays after the level discount and the coupon, what they earn (a stamp too), and whether this purchase upgrades them. */
export function PurchasePreview({ preview }: PurchasePreviewProps) {
  return (
    <View className="purchase-preview">
      <View className="purchase-preview__lines">
        <View className="purchase-preview__line">
          <Text className="purchase-preview__label">消费金额</Text>
          <Text className="purchase-preview__value purchase-preview-amount">{formatFen(preview.amountFen)}</Text>
        </View>
        <View className="purchase-preview__line">
          <Text className="purchase-preview__label">
            等级折扣<Text className="purchase-preview__sub">（{preview.member.level.name}）</Text>
          </Text>
          <Text className="purchase-preview__value purchase-preview__value--off purchase-preview-level-discount">
            {preview.levelDiscountFen > 0 ? `-${formatFen(preview.levelDiscountFen)}` : '无'}
          </Text>
        </View>
        {preview.planDiscountFen > 0 && (
          <View className="purchase-preview__line purchase-preview-plan">
            <Text className="purchase-preview__label">PLUS折扣（与等级折扣取更优）</Text>
            <Text className="purchase-preview__value purchase-preview__value--off purchase-preview-plan-discount">
              -{formatFen(preview.planDiscountFen)}
            </Text>
          </View>
        )}
        {(preview.coupon || preview.couponDiscountFen > 0) && (
          <View className="purchase-preview__line purchase-preview-coupon">
            <Text className="purchase-preview__label">
              优惠券抵扣{preview.coupon && <Text className="purchase-preview__sub">（{preview.coupon.title}）</Text>}
            </Text>
            <Text className="purchase-preview__value purchase-preview__value--off purchase-preview-coupon-discount">
              {preview.couponDiscountFen > 0 ? `-${formatFen(preview.couponDiscountFen)}` : '¥0.00'}
            </Text>
          </View>
        )}
        <View className="purchase-preview__line purchase-preview__line--total">
          <Text className="purchase-preview__label">应收</Text>
          <Text className="purchase-preview__payable purchase-preview-payable">{formatFen(preview.payableFen)}</Text>
        </View>
      </View>

      <View className="purchase-preview__earn">
        <View className="purchase-preview__earn-cell">
          <Text className="purchase-preview__earn-label">本单积分</Text>
          <Text className="purchase-preview__earn-value purchase-preview-points">+{formatNumber(preview.points)}</Text>
        </View>
        <View className="purchase-preview__earn-cell">
          <Text className="purchase-preview__earn-label">成长值</Text>
          <Text className="purchase-preview__earn-value purchase-preview-growth">+{formatNumber(preview.growth)}</Text>
        </View>
      </View>

      {preview.stamp && (
        <View className="purchase-preview__promotion purchase-preview-stamp">
          <Text className="purchase-preview__promotion-tag purchase-preview__stamp-tag">集点</Text>
          <Text>本单可为集点卡集 1 点</Text>
        </View>
      )}

      {preview.promotion && (
        <View className="purchase-preview__promotion purchase-preview-promotion">
          <Text className="purchase-preview__promotion-tag">活动</Text>
          <Text>
            {preview.promotion.name} · {multiplierText(preview.promotion.multiplier)}
          </Text>
        </View>
      )}

      {preview.levelChange && (
        <View className="purchase-preview__upgrade purchase-preview-upgrade">
          <Text className="purchase-preview__upgrade-icon">↑</Text>
          <Text>
            本单确认后，会员将由{preview.levelChange.fromName}升级为
            <Text className="purchase-preview__upgrade-name">{preview.levelChange.toName}</Text>
          </Text>
        </View>
      )}
    </View>
  );
}
