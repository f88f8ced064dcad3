import { Input, Text, View } from '@tarojs/components';
import { MAX_RECEIPT_NO_LENGTH } from '@app/shared';
import { isWeapp } from '../../../config/env';
import type { PurchaseFlow } from '../hooks/use-purchase';
import { SkuLines } from './SkuLines';
import { ProductPicker } from '../../products/components/ProductPicker';
import { unitsBySku } from '../../products/pick-line';

/** Amount (yuan), receipt number, optional SKU lines. */
export function PurchaseForm({ flow }: { flow: PurchaseFlow }) {
  const { draft, errors, step } = flow;
  const locked = step === 'previewing' || step === 'confirming';
  return (
    <View className="panel purchase-form">
      <View className="purchase-form__row">
        <Text className="purchase-form__label">消费金额</Text>
        <View className={`purchase-form__money${errors.amount ? ' purchase-form__field--error' : ''}`}>
          <Text className="purchase-form__yen">¥</Text>
          <Input
            className="purchase-form__amount purchase-amount"
            type={isWeapp ? 'digit' : 'text'}
            value={draft.amount}
            placeholder="0.00"
            placeholderClass="field__placeholder"
            disabled={locked}
            onInput={(event) => flow.setField('amount', event.detail.value)}
          />
        </View>
        {errors.amount && <Text className="purchase-form__error purchase-amount-error">{errors.amount}</Text>}
      </View>

      <View className="purchase-form__row">
        <Text className="purchase-form__label">小票号</Text>
        <Input
          className={`field purchase-receipt${errors.receiptNo ? ' purchase-form__field--error' : ''}`}
          value={draft.receiptNo}
          placeholder="收银小票上的单号"
          placeholderClass="field__placeholder"
          maxlength={MAX_RECEIPT_NO_LENGTH}
          disabled={locked}
          onInput={(event) => flow.setField('receiptNo', event.detail.value)}
        />
        {errors.receiptNo && <Text className="purchase-form__error purchase-receipt-error">{errors.receiptNo}</Text>}
      </View>

      <ProductPicker disabled={locked} picked={unitsBySku(draft)} onPick={flow.pickProduct} />
      <SkuLines
        lines={draft.lines}
        lineErrors={errors.line}
        error={errors.lines}
        disabled={locked}
        onAdd={flow.addLine}
        onChange={flow.updateLine}
        onRemove={flow.removeLine}
      />
    </View>
  );
}
