import { Button, Text, View } from '@tarojs/components';
import { SubscribeNudge } from '../../../components/subscribe-nudge';
import { outcomeWords, type TopupOutcome } from '../wallet-words';

/** 到账了 / 还在确认 / 已关闭 / 已取消 (and a payment step that failed), with what the member can do next. */
export function TopupResult({
  outcome,
  onWallet,
  onAgain,
  onRecheck,
}: {
  outcome: TopupOutcome;
  onWallet: () => void;
  onAgain: () => void;
  onRecheck: (topupId: string) => void;
}) {
  const words = outcomeWords(outcome);
  const good = outcome.kind === 'paid';
  return (
    <View className={`topup-result topup-result--${outcome.kind}`}>
      <View className={`topup-result__icon${good ? ' topup-result__icon--ok' : ''}`}>
        <Text>{good ? '✓' : outcome.kind === 'confirming' ? '…' : '!'}</Text>
      </View>
      <Text className="topup-result__title">{words.title}</Text>
      <Text className="topup-result__message">{words.message}</Text>
      {outcome.kind === 'confirming' ? (
        <Button className="topup-result__primary" onClick={() => onRecheck(outcome.topupId)}>
          再查一次
        </Button>
      ) : null}
      {good ? (
        <Button className="topup-result__primary" onClick={onWallet}>
          查看钱包
        </Button>
      ) : (
        <Button className="topup-result__secondary" onClick={onAgain}>
          重新充值
        </Button>
      )}
      {good ? <SubscribeNudge notice="topup-success" label="下次充值到账时通知我" /> : null}
    </View>
  );
}
