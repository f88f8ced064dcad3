import { Text, View } from '@tarojs/components';
import { createProductRequest, type ProductView } from '@app/shared';
import { fenToYuanText, parseYuan } from '../../../lib/money';
import { FormField } from '../../campaigns/components/FormParts';
import { AdminField } from '../../marketer/components/AdminFormParts';
import { useAdminForm } from '../../marketer/hooks/use-admin-form';
import { createProduct, updateProduct } from '../api/products';

type Field = 'sku' | 'name' | 'category' | 'price' | 'cost';
const EMPTY: Record<Field, string> = { sku: '', name: '', category: '', price: '', cost: '' };
const FIELD_ERRORS: Record<Field, string> = {
  sku: '编码为字母、数字、_ 或 -，最多 32 位，例如 LATTE-M',
  name: '请填写商品名称（最多 40 字）',
  category: '请填写分类（最多 20 字），例如 咖啡',
  price: '请填写售价，例如 28 或 28.50',
  cost: '成本为金额，例如 7.5；不知道可不填',
};
const FIELD_OF: Record<string, Field> = { priceFen: 'price', costFen: 'cost' };

const fromProduct = (product: ProductView): Record<Field, string> => ({
  sku: product.sku,
  name: product.name,
  category: product.category,
  price: fenToYuanText(product.priceFen),
  cost: product.costFen === null ? '' : fenToYuanText(product.costFen),
});

/** 新建商品 / 修改商品: SKU (fixed once created), name, category, price and optional cost, in yuan. */
export function ProductForm({
  editing,
  onSaved,
  onCancel,
}: {
  editing: ProductView | null;
  onSaved: () => Promise<void>;
  onCancel: () => void;
}) {
  const form = useAdminForm({
    editing,
    empty: EMPTY,
    fromEditing: fromProduct,
    errors: FIELD_ERRORS,
    fieldOf: FIELD_OF,
    keyPrefix: 'product',
    parse: (values) => {
      const price = parseYuan(values.price, { allowZero: true });
      const cost = values.cost.trim() === '' ? null : parseYuan(values.cost, { allowZero: true });
      return createProductRequest.safeParse({
        sku: values.sku.trim(),
        name: values.name,
        category: values.category,
        priceFen: price.ok ? price.fen : -1,
        costFen: cost === null ? null : cost.ok ? cost.fen : -1,
        hidden: editing?.hidden ?? false,
      });
    },
    save: (request, key) => {
      const { sku, ...terms } = request;
      return editing ? updateProduct(sku, terms, key) : createProduct(request, key);
    },
    onSaved,
  });

  const field = (name: Field, label: string, placeholder: string, options: { money?: boolean; optional?: boolean }) =>
    name === 'sku' && editing ? (
      <FormField prefix="product" name={name} label={label} error={form.errors[name]} optional={options.optional}>
        <Text className="product-form__fixed product-sku-fixed">{editing.sku}</Text>
      </FormField>
    ) : (
      <AdminField form={form} prefix="product" name={name} label={label} placeholder={placeholder} {...options} />
    );

  return (
    <View className="panel product-form">
      <View className="panel__title">
        <Text>{editing ? `修改 ${editing.name}` : '新建商品'}</Text>
        <Text className="panel__hint">编码即收银系统的商品编码，建好后不能修改</Text>
      </View>
      {field('sku', '商品编码', '例如 LATTE-M', {})}
      {field('name', '名称', '例如 拿铁（中杯）', {})}
      {field('category', '分类', '例如 咖啡', {})}
      {field('price', '售价（元）', '例如 28', { money: true })}
      {field('cost', '成本（元）', '用于毛利分析', { money: true, optional: true })}
      {form.problem && <Text className="form-error product-form-error">{form.problem}</Text>}
      <View
        className={`btn btn--primary form-submit product-submit${form.pending ? ' btn--disabled' : ''}`}
        hoverClass="btn--pressed"
        onClick={() => void form.submit()}
      >
        <Text>{form.pending ? '保存中…' : editing ? '保存修改' : '新建商品'}</Text>
      </View>
      {editing && (
        <View className="btn btn--ghost form-submit product-cancel" hoverClass="btn--pressed" onClick={onCancel}>
          <Text>取消修改</Text>
        </View>
      )}
    </View>
  );
}
