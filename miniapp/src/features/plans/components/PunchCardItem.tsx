import { Text, View } from '@tarojs/components';
import type { PunchCardView } from '@app/shared';
import { formatDate, formatDateTime } from '../../../lib/format';
import { CARD_STATUS_WORDS, usesLeftWords } from '../card-words';

/** One of 我的次卡: remaining uses, expiry, and each use (when, how many, receipt number). */
export function PunchCardItem({ card }: { card: PunchCardView }) {
  const live = card.status === 'active';
  return (
    <View className={`punch-card punch-card-${card.cardId}${live ? '' : ' punch-card--done'}`}>
      <View className="punch-card__head">
        <Text className="punch-card__name">{card.name}</Text>
        <Text className="punch-card__status">{CARD_STATUS_WORDS[card.status]}</Text>
      </View>
      <Text className="punch-card__left">{usesLeftWords(card)}</Text>
      <Text className="punch-card__valid">有效期至 {formatDate(card.validUntil)}</Text>
      {card.history.length > 0 ? (
        <View className="punch-card__history">
          {card.history.map((use) => (
            <View key={use.useId} className="punch-card__use">
              <Text>{formatDateTime(use.at)}</Text>
              <Text>使用 {use.uses} 次</Text>
              <Text className="punch-card__receipt">小票 {use.receiptNo}</Text>
            </View>
          ))}
        </View>
      ) : (
        <Text className="punch-card__none">还没有使用记录</Text>
      )}
    </View>
  );
}
