import { Input, Text, View } from '@tarojs/components';
import { MAX_RECEIPT_NO_LENGTH } from '@app/shared';
import { FoundPurchase } from '../../features/refund/components/FoundPurchase';
import { RefundAmount } from '../../features/refund/components/RefundAmount';
import { RefundResult } from '../../features/refund/components/RefundResult';
import { useRefund } from '../../features/refund/hooks/use-refund';
import { goBack, routes } from '../../lib/routes';
import { useRoleGuard } from '../../lib/use-role-guard';
import './index.scss';

/** 退款: receipt number → the purchase → full or partial refund after a confirmation → what was taken back. */
export default function StoreRefundPage() {
  useRoleGuard('staff');
  const flow = useRefund();

  if (flow.result) {
    return (
      <View className="page store-refund">
        <RefundResult result={flow.result} purchase={flow.purchase} />
        <View
          className="btn btn--primary store-refund__action refund-again"
          hoverClass="btn--pressed"
          onClick={flow.reset}
        >
          办理下一笔退款
        </View>
        <View
          className="btn btn--ghost store-refund__action refund-back"
          hoverClass="btn--pressed"
          onClick={() => void goBack(routes.storeScan)}
        >
          返回收银台
        </View>
      </View>
    );
  }

  return (
    <View className="page store-refund">
      <View className="panel">
        <View className="panel__title">
          <Text>查找消费</Text>
          <Text className="panel__hint">只能退本店的消费</Text>
        </View>
        <View className="store-refund__form">
          <Input
            className="field store-refund__input refund-receipt"
            value={flow.receiptNo}
            placeholder="输入小票号"
            placeholderClass="field__placeholder"
            maxlength={MAX_RECEIPT_NO_LENGTH}
            confirmType="search"
            onInput={(event) => flow.setReceiptNo(event.detail.value)}
            onConfirm={() => void flow.find()}
          />
          <View
            className={`btn btn--primary store-refund__find refund-find${flow.finding ? ' btn--disabled' : ''}`}
            hoverClass="btn--pressed"
            onClick={() => void flow.find()}
          >
            {flow.finding ? '查找中' : '查找'}
          </View>
        </View>
        {flow.findError && <Text className="store-refund__error refund-find-error">{flow.findError}</Text>}
      </View>

      {flow.purchase && <FoundPurchase purchase={flow.purchase} />}
      {flow.purchase && <RefundAmount flow={flow} />}
      {flow.purchase && flow.purchase.refundableFen <= 0 && (
        <Text className="store-refund__done">这笔消费已经全部退款，无需再退。</Text>
      )}
    </View>
  );
}
