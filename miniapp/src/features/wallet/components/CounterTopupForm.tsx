import { Input, Text, View } from '@tarojs/components';
import { MAX_RECEIPT_NO_LENGTH, type WalletPackagesResponse } from '@app/shared';
import { isWeapp } from '../../../config/env';
import { formatFen } from '../../../lib/money';
import { chosenPayFen, type CounterTopupDraft, type CounterTopupErrors } from '../counter-topup';
import { packageGifts } from './TopupChooser';

export interface CounterTopupFormProps {
  offer: WalletPackagesResponse;
  draft: CounterTopupDraft;
  errors: CounterTopupErrors;
  pending: boolean;
  canRetry: boolean;
  onEdit: (patch: Partial<CounterTopupDraft>) => void;
  onSubmit: () => void;
}

/** 门店充值: a package (or an amount within the program's bounds), the receipt number, then 确认充值 after collecting. */
export function CounterTopupForm({ offer, draft, errors, pending, canRetry, onEdit, onSubmit }: CounterTopupFormProps) {
  const payFen = chosenPayFen(draft, offer);
  const custom = 'custom' in draft.choice ? draft.choice.custom : null;
  return (
    <View className="panel counter-topup">
      <Text className="counter-topup__label">充值套餐</Text>
      <View className="counter-topup__packages">
        {offer.items.map((pkg) => {
          const chosen = 'packageId' in draft.choice && draft.choice.packageId === pkg.packageId;
          return (
            <View
              key={pkg.packageId}
              className={`counter-topup__package counter-topup-package${chosen ? ' counter-topup__package--chosen' : ''}`}
              onClick={() => !pending && onEdit({ choice: { packageId: pkg.packageId } })}
            >
              <Text className="counter-topup__pay">{formatFen(pkg.payFen)}</Text>
              <Text className="counter-topup__gifts">{packageGifts(pkg) || pkg.title}</Text>
            </View>
          );
        })}
      </View>
      <View className={`counter-topup__custom${custom !== null ? ' counter-topup__custom--chosen' : ''}`}>
        <Text className="counter-topup__custom-label">其他金额</Text>
        <Input
          className="counter-topup__input counter-topup-amount"
          type={isWeapp ? 'digit' : 'text'}
          value={custom ?? ''}
          placeholder={`${formatFen(offer.customMinFen)} – ${formatFen(offer.customMaxFen)}，不送赠送金`}
          placeholderClass="field__placeholder"
          disabled={pending}
          onFocus={() => custom === null && onEdit({ choice: { custom: '' } })}
          onInput={(event) => onEdit({ choice: { custom: event.detail.value } })}
        />
      </View>
      {errors.amount && <Text className="counter-topup__error counter-topup-amount-error">{errors.amount}</Text>}

      <Text className="counter-topup__label">小票号</Text>
      <Input
        className={`field counter-topup-receipt${errors.receiptNo ? ' counter-topup__field--error' : ''}`}
        value={draft.receiptNo}
        placeholder="收银小票上的单号"
        placeholderClass="field__placeholder"
        maxlength={MAX_RECEIPT_NO_LENGTH}
        disabled={pending}
        onInput={(event) => onEdit({ receiptNo: event.detail.value })}
      />
      {errors.receiptNo && <Text className="counter-topup__error counter-topup-receipt-error">{errors.receiptNo}</Text>}

      <View
        className={`btn btn--primary counter-topup__submit counter-topup-submit${pending ? ' btn--disabled' : ''}`}
        hoverClass="btn--pressed"
        onClick={onSubmit}
      >
        {pending
          ? '正在充值…'
          : canRetry
            ? '重试确认（不会重复充值）'
            : payFen > 0
              ? `已收款 ${formatFen(payFen)}，确认充值`
              : '确认充值'}
      </View>
      <Text className="counter-topup__note">请先在收银机收款，再确认充值；充值即时到账，小票号本店唯一。</Text>
    </View>
  );
}
