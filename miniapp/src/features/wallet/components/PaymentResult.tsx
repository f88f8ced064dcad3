import { Button, Text, View } from '@tarojs/components';
import type { ReactNode } from 'react';

/** How a paid order ended for the member: paid, still being confirmed, or not paid (closed, cancelled, failed). */
export type PaymentEnd = 'paid' | 'confirming' | 'failed';

/**
 * The end of a payment the member started (a top-up, a plan or a punch card): what happened in their words, 再查一次
 * while WeChat Pay has not confirmed it, the next step when it is paid, and the way back to choose again otherwise.
 */
export function PaymentResult({
  className,
  end,
  title,
  message,
  onRecheck,
  done,
  again,
  children,
}: {
  className: string;
  end: PaymentEnd;
  title: string;
  message: string;
  onRecheck: () => void;
  done: { label: string; className?: string; onClick: () => void };
  again: { label: string; onClick: () => void };
  children?: ReactNode;
}) {
  const good = end === 'paid';
  return (
    <View className={`topup-result ${className}`}>
      <View className={`topup-result__icon${good ? ' topup-result__icon--ok' : ''}`}>
        <Text>{good ? '✓' : end === 'confirming' ? '…' : '!'}</Text>
      </View>
      <Text className="topup-result__title">{title}</Text>
      <Text className="topup-result__message">{message}</Text>
      {end === 'confirming' ? (
        <Button className="topup-result__primary" onClick={onRecheck}>
          再查一次
        </Button>
      ) : null}
      {good ? (
        <Button className={`topup-result__primary${done.className ? ` ${done.className}` : ''}`} onClick={done.onClick}>
          {done.label}
        </Button>
      ) : (
        <Button className="topup-result__secondary" onClick={again.onClick}>
          {again.label}
        </Button>
      )}
      {good ? children : null}
    </View>
  );
}

/** The member's view of an outcome kind: `paid` and `confirming` as they are, any other end as not paid. */
export const paymentEnd = (kind: string): PaymentEnd =>
  kind === 'paid' ? 'paid' : kind === 'confirming' ? 'confirming' : 'failed';
