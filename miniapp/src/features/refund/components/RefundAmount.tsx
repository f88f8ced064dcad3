import { Input, Text, View } from '@tarojs/components';
import { isWeapp } from '../../../config/env';
import { formatFen } from '../../../lib/money';
import type { RefundFlow } from '../hooks/use-refund';

/** 全额退款 or 部分退款 (amount in yuan), and the button that asks for confirmation. */
export function RefundAmount({ flow }: { flow: RefundFlow }) {
  const { purchase, mode, amount, amountError, refunding, refundError, canRetry } = flow;
  if (!purchase || purchase.refundableFen <= 0) return null;
  return (
    <View className="panel refund-amount">
      <View className="refund-amount__modes">
        <View
          className={`refund-amount__mode refund-mode-full${mode === 'full' ? ' refund-amount__mode--active' : ''}`}
          onClick={() => flow.setMode('full')}
        >
          <Text className="refund-amount__mode-title">全额退款</Text>
          <Text className="refund-amount__mode-sub">{formatFen(purchase.refundableFen)}</Text>
        </View>
        <View
          className={`refund-amount__mode refund-mode-partial${mode === 'partial' ? ' refund-amount__mode--active' : ''}`}
          onClick={() => flow.setMode('partial')}
        >
          <Text className="refund-amount__mode-title">部分退款</Text>
          <Text className="refund-amount__mode-sub">输入金额</Text>
        </View>
      </View>
      {mode === 'partial' && (
        <View className={`refund-amount__money${amountError ? ' refund-amount__money--error' : ''}`}>
          <Text className="refund-amount__yen">¥</Text>
          <Input
            className="refund-amount__input refund-amount-input"
            type={isWeapp ? 'digit' : 'text'}
            value={amount}
            placeholder={`最多 ${formatFen(purchase.refundableFen).slice(1)}`}
            placeholderClass="field__placeholder"
            disabled={refunding}
            onInput={(event) => flow.setAmount(event.detail.value)}
          />
        </View>
      )}
      {amountError && <Text className="refund-amount__error refund-amount-error">{amountError}</Text>}
      <Text className="refund-amount__note">退款后，本单所得积分和成长值按退款比例扣回；积分不足时记为积分欠款。</Text>
      {refundError && <Text className="refund-amount__failure refund-error">{refundError}</Text>}
      <View
        className={`btn btn--danger refund-confirm${refunding ? ' btn--disabled' : ''}`}
        hoverClass="btn--pressed"
        onClick={() => void flow.confirm()}
      >
        {refunding ? '正在退款…' : canRetry ? '重试退款' : '确认退款'}
      </View>
    </View>
  );
}
