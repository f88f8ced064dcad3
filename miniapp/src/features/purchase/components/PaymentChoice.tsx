import { Input, Text, View } from '@tarojs/components';
import type { PurchasePreviewResponse } from '@app/shared';
import { useState } from 'react';
import { isWeapp } from '../../../config/env';
import { formatFen } from '../../../lib/money';
import {
  type PaymentChoice as Choice,
  checkChoice,
  initialChoiceDraft,
  type PaymentChoiceDraft,
} from '../payment-choice';
import './payment-choice.scss';

export interface PaymentChoiceProps {
  preview: PurchasePreviewResponse;
  /** What this preview was made with (null: all cash). */
  chosen: Choice | null;
  disabled: boolean;
  onChoose: (choice: Choice | null) => void;
}

/**
 * 付款方式 on the preview: the member's wallet balance and the points-as-cash offer, each a switch with its amount
 * (editable within what the server offered); 按此付款 previews again with the choice. Shown only when there is a
 * wallet balance or points that may pay.
 */
export function PaymentChoice({ preview, chosen, disabled, onChoose }: PaymentChoiceProps) {
  const [draft, setDraft] = useState<PaymentChoiceDraft>(() => initialChoiceDraft(preview, chosen));
  const [errors, setErrors] = useState<{ wallet?: string; points?: string }>({});
  const offer = preview.pointsAsCash;
  if (preview.walletBalanceFen <= 0 && offer.maxPoints <= 0) return null;

  const edit = (patch: Partial<PaymentChoiceDraft>) => {
    setDraft((current) => ({ ...current, ...patch }));
    setErrors({});
  };
  const apply = () => {
    if (disabled) return;
    const checked = checkChoice(draft, preview);
    if (!checked.ok) return setErrors({ wallet: checked.wallet, points: checked.points });
    onChoose(checked.choice);
  };
  const changed = JSON.stringify(checkChoice(draft, preview)) !== JSON.stringify({ ok: true, choice: chosen });

  return (
    <View className="payment-choice">
      <Text className="payment-choice__title">付款方式</Text>
      {preview.walletBalanceFen > 0 && (
        <View className="payment-choice__row payment-choice-wallet">
          <View
            className={`payment-choice__switch${draft.useWallet ? ' payment-choice__switch--on' : ''} payment-use-wallet`}
            onClick={() => !disabled && edit({ useWallet: !draft.useWallet })}
          >
            <Text className="payment-choice__box">{draft.useWallet ? '✓' : ''}</Text>
            <View className="payment-choice__what">
              <Text className="payment-choice__name">会员钱包</Text>
              <Text className="payment-choice__hint payment-wallet-balance">
                余额 {formatFen(preview.walletBalanceFen)}
                {preview.walletBonusFen > 0 ? `（含赠送 ${formatFen(preview.walletBonusFen)}）` : ''}
              </Text>
            </View>
          </View>
          {draft.useWallet && (
            <View className="payment-choice__amount">
              <Text className="payment-choice__unit">¥</Text>
              <Input
                className="payment-choice__input payment-wallet-amount"
                type={isWeapp ? 'digit' : 'text'}
                value={draft.wallet}
                disabled={disabled}
                onInput={(event) => edit({ wallet: event.detail.value })}
              />
            </View>
          )}
          {errors.wallet && <Text className="payment-choice__error payment-wallet-error">{errors.wallet}</Text>}
        </View>
      )}
      {offer.maxPoints > 0 && (
        <View className="payment-choice__row payment-choice-points">
          <View
            className={`payment-choice__switch${draft.usePoints ? ' payment-choice__switch--on' : ''} payment-use-points`}
            onClick={() => !disabled && edit({ usePoints: !draft.usePoints })}
          >
            <Text className="payment-choice__box">{draft.usePoints ? '✓' : ''}</Text>
            <View className="payment-choice__what">
              <Text className="payment-choice__name">积分抵现</Text>
              <Text className="payment-choice__hint payment-points-offer">
                最多 {offer.maxPoints} 积分抵 {formatFen(offer.maxFen)}
              </Text>
            </View>
          </View>
          {draft.usePoints && (
            <View className="payment-choice__amount">
              <Input
                className="payment-choice__input payment-points-amount"
                type="number"
                value={draft.points}
                disabled={disabled}
                onInput={(event) => edit({ points: event.detail.value })}
              />
              <Text className="payment-choice__unit">积分</Text>
            </View>
          )}
          {errors.points && <Text className="payment-choice__error payment-points-error">{errors.points}</Text>}
        </View>
      )}
      {changed && (
        <View
          className={`btn btn--ghost payment-choice__apply payment-apply${disabled ? ' btn--disabled' : ''}`}
          hoverClass="btn--pressed"
          onClick={apply}
        >
          按此付款，重新核对
        </View>
      )}
    </View>
  );
}
