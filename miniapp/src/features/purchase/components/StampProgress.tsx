import { Text, View } from '@tarojs/components';
/** What a full card gives when the program names no gift coupon. */
const SOME_GIFT = '兑换券';

/** 集满10点，已赠中杯咖啡兑换券 (the gift is the title of the program's stamp-card coupon, as the server names it). */
export const stampGiftText = (of: number, gift: string | null): string => `集满${of}点，已赠${gift ?? SOME_GIFT}`;

/**
 * The stamp card after a purchase: one dot per stamp (N/10), and — when this purchase filled it — the banner saying
 * the gift coupon is in the member's wallet.
 */
export function StampProgress({
  stamps,
  gift,
  giftIssued,
}: {
  stamps: { count: number; of: number };
  gift: string | null;
  giftIssued: boolean;
}) {
  const dots = Math.max(1, Math.min(stamps.of, 20));
  // A card filled by this purchase may come back as a fresh one (0): it is shown full, with the banner.
  const count = giftIssued && stamps.count === 0 ? stamps.of : stamps.count;
  const filled = Math.min(count, dots);
  return (
    <View className="panel purchase-stamps">
      <View className="purchase-stamps__head">
        <Text className="purchase-stamps__title">集点卡</Text>
        <Text className="purchase-stamps__count purchase-stamps-count">
          {count}/{stamps.of}
        </Text>
      </View>
      <View className="purchase-stamps__dots">
        {Array.from({ length: dots }, (_, index) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: a dot of the stamp card is its place on the card
          <View key={index} className={`stamp-dot${index < filled ? ' stamp-dot--on' : ''}`}>
            <Text>{index < filled ? '✓' : index + 1}</Text>
          </View>
        ))}
      </View>
      {giftIssued ? (
        <View className="purchase-stamp-coupon">
          <Text className="purchase-stamp-coupon__icon">券</Text>
          <View className="purchase-stamp-coupon__text">
            <Text className="purchase-stamp-coupon__title">{stampGiftText(stamps.of, gift)}</Text>
            <Text className="purchase-stamp-coupon__hint">已放入会员的“我的优惠券”，下次到店可用</Text>
          </View>
        </View>
      ) : (
        <Text className="purchase-stamps__hint">
          再集 {Math.max(0, stamps.of - count)} 点即可获赠{gift ?? SOME_GIFT}
        </Text>
      )}
    </View>
  );
}
