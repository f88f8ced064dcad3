import { Text, View } from '@tarojs/components';
import type { LedgerEntryView } from '@app/shared';
import { formatDateTime, formatNumber } from '../../../lib/format';
import { LEDGER_TYPE_LABELS, pendingWords, signedPoints } from '../points-words';

/**
 * One ledger entry: why (the server's words), when, how many points (+ gains, − losses) and the balance after.
 * A reward that waits (待到账) shows its state instead of a balance: its points are not in the balance yet.
 */
export function PointsRow({ entry, now }: { entry: LedgerEntryView; now?: number }) {
  const pending = pendingWords(entry);
  const direction = pending ? entry.status : entry.points > 0 ? 'gain' : entry.points < 0 ? 'loss' : 'zero';
  return (
    <View className={`points-row points-row--${direction} points-row--${entry.type}`}>
      <View className="points-row__main">
        <View className="points-row__title">
          <Text className={`points-row__tag points-row__tag--${direction}`}>
            {pending ? pending.chip : LEDGER_TYPE_LABELS[entry.type]}
          </Text>
          <Text className="points-row__reason">{entry.reason}</Text>
        </View>
        <Text className="points-row__time">{formatDateTime(entry.at, now)}</Text>
      </View>
      <View className="points-row__side">
        <Text className={`points-row__points points-row__points--${direction}`}>{signedPoints(entry.points)}</Text>
        <Text className={`points-row__balance${pending ? ' points-row__pending-note' : ''}`}>
          {pending ? pending.note : `余额 ${formatNumber(entry.balanceAfter)}`}
        </Text>
      </View>
    </View>
  );
}
