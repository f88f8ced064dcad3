import { PaymentResult, paymentEnd } from '../../wallet/components/PaymentResult';
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
  return (
    <PaymentResult
      className={`order-result order-result--${outcome.kind}`}
      end={paymentEnd(outcome.kind)}
      title={words.title}
      message={words.message}
      onRecheck={() => outcome.kind === 'confirming' && onRecheck(outcome.orderId)}
      done={{ label: doneLabel, className: 'order-result__done', onClick: onDone }}
      again={{ label: '返回重新选择', onClick: onAgain }}
    />
  );
}
