import { Text, View } from '@tarojs/components';
import type * as z from 'zod';
import type { lotView } from '@app/shared';
import { EmptyState } from '../../../components/empty-state';
import { formatDateZh, formatNumber, formatValidThrough } from '../../../lib/format';

type Lot = z.infer<typeof lotView>;

/**
 * 有效期: the member's points by the day they expire, soonest first — which points go first, and until when. Points
 * that expire on the same day are one batch (one lot), however many times they were earned.
 */
export function LotsList({ lots }: { lots: Lot[] }) {
  const live = lots.filter((lot) => lot.remaining > 0);
  if (live.length === 0)
    return <EmptyState message="暂时没有可用的积分" hint="消费、签到获得的积分会按批次显示在这里" />;
  return (
    <View className="points-lots">
      <Text className="points-lots__intro">同一天到期的积分合为一批，使用时优先扣除最早到期的一批。</Text>
      {live.map((lot, index) => (
        <View className={`points-lot${index === 0 && lot.expiresAt ? ' points-lot--next' : ''}`} key={lot.lotId}>
          <View className="points-lot__main">
            <Text className="points-lot__remaining">{formatNumber(lot.remaining)}</Text>
            <Text className="points-lot__unit">积分</Text>
          </View>
          <View className="points-lot__facts">
            <Text className="points-lot__valid">
              {lot.expiresAt ? `有效期至 ${formatValidThrough(lot.expiresAt)}` : '长期有效'}
            </Text>
            <Text className="points-lot__line">首笔获得于 {formatDateZh(lot.earnedAt)}</Text>
          </View>
          {index === 0 && lot.expiresAt && <Text className="points-lot__badge">最先到期</Text>}
        </View>
      ))}
    </View>
  );
}
