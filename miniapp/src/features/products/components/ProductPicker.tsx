import { Input, Text, View } from '@tarojs/components';
import { useState } from 'react';
import { ErrorState } from '../../../components/error-state';
import { formatFen } from '../../../lib/money';
import { useResource } from '../../../lib/use-resource';
import { counterProducts } from '../api/products';
import { categoriesOf, pickable, type PickableProduct } from '../product-filter';
import './ProductPicker.scss';

interface ProductPickerProps {
  disabled?: boolean;
  /** Units of each SKU already in the lines, shown on its row. */
  picked: Record<string, number>;
  onPick: (product: PickableProduct) => void;
}

/**
 * 从商品列表选择: the brand's products by category, with a search over names and SKU codes; each tap adds one unit
 * (a new line, or one more on the line of that SKU). Loaded when first opened, so a purchase without lines costs
 * nothing. Typed lines below stay possible.
 */
export function ProductPicker({ disabled, picked, onPick }: ProductPickerProps) {
  const [open, setOpen] = useState(false);
  if (!open)
    return (
      <View
        className={`product-picker__open product-picker-open${disabled ? ' btn--disabled' : ''}`}
        onClick={() => !disabled && setOpen(true)}
      >
        <Text>从商品列表选择</Text>
      </View>
    );
  return <OpenPicker disabled={disabled} picked={picked} onPick={onPick} onClose={() => setOpen(false)} />;
}

function OpenPicker({ disabled, picked, onPick, onClose }: ProductPickerProps & { onClose: () => void }) {
  const products = useResource(counterProducts);
  const [category, setCategory] = useState<string | null>(null);
  const [search, setSearch] = useState('');
  const items = products.data?.items ?? [];
  const shown = pickable(items, category, search);
  return (
    <View className="product-picker">
      <View className="product-picker__head">
        <Input
          className="field product-picker__search product-picker-search"
          value={search}
          placeholder="搜索商品名称或编码"
          placeholderClass="field__placeholder"
          onInput={(event) => setSearch(event.detail.value)}
        />
        <Text className="product-picker__close product-picker-close" onClick={onClose}>
          收起
        </Text>
      </View>
      <View className="product-picker__categories">
        {[null, ...categoriesOf(items)].map((name) => (
          <Text
            key={name ?? '全部'}
            className={`product-picker__category product-picker-category${name === category ? ' product-picker__category--on' : ''}`}
            onClick={() => setCategory(name)}
          >
            {name ?? '全部'}
          </Text>
        ))}
      </View>
      {products.loading && !products.data && <Text className="product-picker__note">正在读取商品列表…</Text>}
      {products.error && (
        <ErrorState title="商品列表没有读到" message={products.error.message} onRetry={() => void products.reload()} />
      )}
      {products.data && shown.length === 0 && (
        <Text className="product-picker__note product-picker-empty">
          {items.length === 0 ? '总部还没有添加商品，可在下方手动填写' : '没有符合的商品'}
        </Text>
      )}
      {shown.map((product) => (
        <View
          key={product.sku}
          className={`product-picker__item product-picker-item${disabled ? ' btn--disabled' : ''}`}
          onClick={() => !disabled && onPick(product)}
        >
          <View className="product-picker__name">
            <Text>{product.name}</Text>
            <Text className="product-picker__sku">{product.sku}</Text>
          </View>
          <Text className="product-picker__price">{formatFen(product.priceFen)}</Text>
          <Text className="product-picker__add">{picked[product.sku] ? `×${picked[product.sku]} ＋` : '＋'}</Text>
        </View>
      ))}
    </View>
  );
}
