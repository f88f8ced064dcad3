import { Text, View } from '@tarojs/components';
import { formatDateZh } from '../../../lib/format';
import { levelReasonText, type LevelHistoryEntry } from '../level-words';

/** 等级记录: when and why the level changed, newest first. */
export function LevelHistory({ history }: { history: LevelHistoryEntry[] }) {
  return (
    <View className="panel level-history">
      <View className="panel__title">
        <Text>等级记录</Text>
      </View>
      {history.length === 0 ? (
        <Text className="muted">暂无等级变化</Text>
      ) : (
        history.map((entry, index) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: two changes may share an instant; the history's order never changes
          <View className={`level-history-row level-history-row--${entry.reason}`} key={`${entry.at}-${index}`}>
            <View className="level-history-row__dot" />
            <View className="level-history-row__main">
              <Text className="level-history-row__reason">{levelReasonText(entry.reason)}</Text>
              <Text className="level-history-row__change">
                {entry.fromName ? `${entry.fromName} → ${entry.toName}` : `成为${entry.toName}`}
              </Text>
            </View>
            <Text className="level-history-row__date">{formatDateZh(entry.at)}</Text>
          </View>
        ))
      )}
    </View>
  );
}
