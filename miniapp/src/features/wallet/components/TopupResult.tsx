import { SubscribeNudge } from '../../../components/subscribe-nudge';
import { outcomeWords, type TopupOutcome } from '../wallet-words';
import { PaymentResult, paymentEnd } from './PaymentResult';

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
  return (
    <PaymentResult
      className={`topup-result--${outcome.kind}`}
      end={paymentEnd(outcome.kind)}
      title={words.title}
      message={words.message}
      onRecheck={() => outcome.kind === 'confirming' && onRecheck(outcome.topupId)}
      done={{ label: '查看钱包', onClick: onWallet }}
      again={{ label: '重新充值', onClick: onAgain }}
    >
      <SubscribeNudge notice="topup-success" label="下次充值到账时通知我" />
    </PaymentResult>
  );
}
