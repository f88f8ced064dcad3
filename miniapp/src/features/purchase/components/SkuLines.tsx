import { Input, Text, View } from '@tarojs/components';
import { isWeapp } from '../../../config/env';
import { formatFen } from '../../../lib/money';
import { draftLinesTotalFen, type SkuLineDraft } from '../purchase-form';

interface SkuLinesProps {
  lines: SkuLineDraft[];
  lineErrors?: Record<string, string>;
  error?: string;
  disabled?: boolean;
  onAdd: () => void;
  onChange: (id: string, patch: Partial<Omit<SkuLineDraft, 'id'>>) => void;
  onRemove: (id: string) => void;
}

/** 商品明细（选填）: SKU, quantity and unit price per line; lines can be added and removed. */
export function SkuLines({ lines, lineErrors = {}, error, disabled, onAdd, onChange, onRemove }: SkuLinesProps) {
  const total = draftLinesTotalFen(lines);
  return (
    <View className="sku-lines">
      <View className="sku-lines__head">
        <Text className="purchase-form__label">商品明细</Text>
        <Text className="purchase-form__optional">选填，用于商品加赠积分</Text>
      </View>
      {lines.length > 0 && (
        <View className="sku-lines__titles">
          <Text className="sku-lines__col-sku">商品编码</Text>
          <Text className="sku-lines__col-qty">数量</Text>
          <Text className="sku-lines__col-price">单价(元)</Text>
          <Text className="sku-lines__col-remove" />
        </View>
      )}
      {lines.map((line, index) => (
        <View className="sku-line" key={line.id}>
          <View className="sku-line__fields">
            <Input
              className={`field sku-line__sku sku-line-sku-${index}`}
              value={line.sku}
              placeholder="如 LATTE-M"
              placeholderClass="field__placeholder"
              disabled={disabled}
              onInput={(event) => onChange(line.id, { sku: event.detail.value })}
            />
            <Input
              className={`field sku-line__qty sku-line-qty-${index}`}
              type="number"
              value={line.quantity}
              disabled={disabled}
              onInput={(event) => onChange(line.id, { quantity: event.detail.value })}
            />
            <Input
              className={`field sku-line__price sku-line-price-${index}`}
              type={isWeapp ? 'digit' : 'text'}
              value={line.unitPrice}
              placeholder="0.00"
              placeholderClass="field__placeholder"
              disabled={disabled}
              onInput={(event) => onChange(line.id, { unitPrice: event.detail.value })}
            />
            <View
              className={`sku-line__remove sku-line-remove-${index}`}
              onClick={() => !disabled && onRemove(line.id)}
            >
              <Text>×</Text>
            </View>
          </View>
          {lineErrors[line.id] && <Text className="purchase-form__error">{lineErrors[line.id]}</Text>}
        </View>
      ))}
      <View className="sku-lines__foot">
        <View className={`sku-lines__add purchase-add-line${disabled ? ' btn--disabled' : ''}`} onClick={onAdd}>
          <Text>＋ 添加商品</Text>
        </View>
        {total !== null && <Text className="sku-lines__total">商品合计 {formatFen(total)}</Text>}
      </View>
      {error && <Text className="purchase-form__error sku-lines-error">{error}</Text>}
    </View>
  );
}
