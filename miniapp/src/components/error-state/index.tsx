import { Text, View } from '@tarojs/components';
import './index.scss';

export interface ErrorStateProps {
  /** A short headline, e.g. 会员卡加载失败; the message below says why. */
  title?: string;
  message: string;
  onRetry?: () => void;
  retryText?: string;
  compact?: boolean;
}

/** What a screen shows when loading failed: the server's message and a way to try again. */
export function ErrorState({ title, message, onRetry, retryText = '重新加载', compact = false }: ErrorStateProps) {
  return (
    <View className={`error-state${compact ? ' error-state--compact' : ''}`}>
      <View className="error-state__icon">
        <Text>!</Text>
      </View>
      {title && <Text className="error-state__title">{title}</Text>}
      <Text className="error-state__message">{message}</Text>
      {onRetry && (
        <View className="btn btn--ghost btn--small error-state__retry" hoverClass="btn--pressed" onClick={onRetry}>
          <Text>{retryText}</Text>
        </View>
      )}
    </View>
  );
}
