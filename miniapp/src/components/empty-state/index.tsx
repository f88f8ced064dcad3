import { Text, View } from '@tarojs/components';
import './index.scss';

export interface EmptyStateProps {
  message: string;
  /** A second, quieter line: what to do about it. */
  hint?: string;
  compact?: boolean;
  className?: string;
}

/** What a list shows when there is nothing in it yet: a drawn cup and one friendly sentence. */
export function EmptyState({ message, hint, compact = false, className = '' }: EmptyStateProps) {
  return (
    <View className={`empty-state${compact ? ' empty-state--compact' : ''} ${className}`}>
      <View className="empty-state__cup">
        <View className="empty-state__steam" />
        <View className="empty-state__body" />
        <View className="empty-state__handle" />
        <View className="empty-state__saucer" />
      </View>
      <Text className="empty-state__message">{message}</Text>
      {hint && <Text className="empty-state__hint">{hint}</Text>}
    </View>
  );
}
