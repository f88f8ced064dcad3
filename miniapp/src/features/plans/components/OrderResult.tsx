import { Button, Text, View } from '@tarojs/components';
import { type OrderOutcome, orderWords } from '../plan-words';

/** The end of a plan or punch-card order, with what the member can do next. */
export function OrderResult({
  outcome,
  what,
  doneLabel,
  onDone,
  onAgain,
  onRecheck,
}: {
  outcome: OrderOutcome;
  what: string;
  doneLabel: string;
  onDone: () => void;
  onAgain: () => void;
  onRecheck: (orderId: string) => void;
}) {
  const words = orderWords(outcome, what);
  const good = outcome.kind === 'paid';
  return (
    <View className={`topup-result order-result order-result--${outcome.kind}`}>
      <View className={`topup-result__icon${good ? ' topup-result__icon--ok' : ''}`}>
        <Text>{good ? '✓' : outcome.kind === 'confirming' ? '…' : '!'}</Text>
      </View>
      <Text className="topup-result__title">{words.title}</Text>
      <Text className="topup-result__message">{words.message}</Text>
      {outcome.kind === 'confirming' ? (
        <Button className="topup-result__primary" onClick={() => onRecheck(outcome.orderId)}>
          再查一次
        </Button>
      ) : null}
      {good ? (
        <Button className="topup-result__primary order-result__done" onClick={onDone}>
          {doneLabel}
        </Button>
      ) : (
        <Button className="topup-result__secondary" onClick={onAgain}>
          返回重新选择
        </Button>
      )}
    </View>
  );
}
