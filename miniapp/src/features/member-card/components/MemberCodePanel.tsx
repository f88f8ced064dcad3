import { Text, View } from '@tarojs/components';
import { ErrorState } from '../../../components/error-state';
import { Skeleton } from '../../../components/skeleton';
import type { MemberCodeState } from '../hooks/use-member-code';
import { MemberQrCode } from './MemberQrCode';

/** The "show this at the counter" panel: QR, digits, countdown — or its loading and error states. */
export function MemberCodePanel({ state }: { state: MemberCodeState }) {
  const { code, error, loading, secondsLeft, refreshIn, refresh } = state;
  return (
    <View className="panel member-code-panel">
      <View className="panel__title">
        <Text>会员码</Text>
        <Text className="panel__hint">结账时向店员出示</Text>
      </View>
      {code ? (
        <>
          <MemberQrCode
            code={code.code}
            secondsLeft={secondsLeft}
            refreshIn={refreshIn}
            refreshing={loading}
            onRefresh={() => void refresh()}
          />
          {error && <Text className="member-code-panel__error">{error.message}</Text>}
        </>
      ) : error ? (
        <ErrorState compact message={error.message} onRetry={() => void refresh()} />
      ) : (
        <View className="member-code-panel__loading">
          <Skeleton width={224} height={224} radius={4} />
          <Skeleton width={260} height={14} className="member-code-panel__line" />
        </View>
      )}
    </View>
  );
}
