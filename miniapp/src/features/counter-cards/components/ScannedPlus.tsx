import { Text, View } from '@tarojs/components';
import type { ScanResponse } from '@app/shared';
import { discountLabel, formatDate } from '../../../lib/format';
import { usesLeftWords } from '../../plans/card-words';
import './counter-cards.scss';

type MemberScan = Extract<ScanResponse, { kind: 'member' }>;

/** On the scan result: the member's PLUS (its discount and end) and the punch cards usable now, each with 核销. */
export function ScannedPlus({ scan, onUseCard }: { scan: MemberScan; onUseCard: (cardId: string) => void }) {
  const { paidPlan, punchCards } = scan;
  if (!paidPlan && punchCards.length === 0) return null;
  return (
    <View className="panel scan-plus">
      {paidPlan ? (
        <View className="scan-plus__plan scan-paid-plan">
          <Text className="scan-plus__badge">PLUS</Text>
          <Text className="scan-plus__plan-text">
            {paidPlan.name}
            {paidPlan.discountPercent !== null ? ` · ${discountLabel(paidPlan.discountPercent)}` : ''}
            {paidPlan.pointsMultiplier !== null && paidPlan.pointsMultiplier > 1
              ? ` · 积分${paidPlan.pointsMultiplier}倍`
              : ''}
          </Text>
          <Text className="scan-plus__until">{formatDate(paidPlan.activeUntil)}到期</Text>
        </View>
      ) : null}
      {punchCards.map((card) => (
        <View key={card.cardId} className={`scan-plus__card scan-card-${card.cardId}`}>
          <View className="scan-plus__card-text">
            <Text className="scan-plus__card-name">{card.name}</Text>
            <Text className="scan-plus__card-left">
              {usesLeftWords(card)} · {formatDate(card.validUntil)}到期
            </Text>
          </View>
          <View className="btn btn--primary scan-plus__use scan-use-card" onClick={() => onUseCard(card.cardId)}>
            核销
          </View>
        </View>
      ))}
    </View>
  );
}
