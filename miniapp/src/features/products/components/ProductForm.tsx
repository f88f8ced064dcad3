import { Text, View } from '@tarojs/components';
import { createProductRequest, type ProductView } from '@app/shared';
import { useEffect, useRef, useState } from 'react';
import { toApiError } from '../../../lib/api-error';
import { fenToYuanText, parseYuan } from '../../../lib/money';
import { newIdempotencyKey } from '../../../lib/idempotency';
import { FormField, TextField } from '../../campaigns/components/FormParts';
import { createProduct, updateProduct } from '../api/products';

type Field = 'sku' | 'name' | 'category' | 'price' | 'cost';
const EMPTY: Record<Field, string> = { sku: '', name: '', category: '', price: '', cost: '' };
const FIELD_ERRORS: Record<string, string> = {
  sku: '编码为字母、数字、_ 或 -，最多 32 位，例如 LATTE-M',
  name: '请填写商品名称（最多 40 字）',
  category: '请填写分类（最多 20 字），例如 咖啡',
  priceFen: '请填写售价，例如 28 或 28.50',
  costFen: '成本为金额，例如 7.5；不知道可不填',
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
  const [form, setForm] = useState(EMPTY);
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const [pending, setPending] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const key = useRef<string | null>(null);
  useEffect(() => {
    setForm(editing ? fromProduct(editing) : EMPTY);
    setErrors({});
    setProblem(null);
    key.current = null;
  }, [editing]);

  const submit = async () => {
    if (pending) return;
    const price = parseYuan(form.price, { allowZero: true });
    const cost = form.cost.trim() === '' ? null : parseYuan(form.cost, { allowZero: true });
    const parsed = createProductRequest.safeParse({
      sku: form.sku.trim(),
      name: form.name,
      category: form.category,
      priceFen: price.ok ? price.fen : -1,
      costFen: cost === null ? null : cost.ok ? cost.fen : -1,
      hidden: editing?.hidden ?? false,
    });
    if (!parsed.success) {
      const next: Partial<Record<Field, string>> = {};
      for (const issue of parsed.error.issues) {
        const name = String(issue.path[0]);
        next[FIELD_OF[name] ?? (name as Field)] = FIELD_ERRORS[name];
      }
      setErrors(next);
      return;
    }
    setPending(true);
    setProblem(null);
    key.current ??= newIdempotencyKey('product');
    try {
      const { sku, ...terms } = parsed.data;
      if (editing) await updateProduct(sku, terms, key.current);
      else await createProduct(parsed.data, key.current);
      key.current = null;
      setForm(EMPTY);
      await onSaved();
    } catch (caught) {
      const error = toApiError(caught);
      if (error.status > 0 && error.status < 500) key.current = null;
      setProblem(error.message);
    } finally {
      setPending(false);
    }
  };

  const field = (name: Field, label: string, placeholder: string, options: { money?: boolean; optional?: boolean }) => (
    <FormField prefix="product" name={name} label={label} error={errors[name]} optional={options.optional}>
      {name === 'sku' && editing ? (
        <Text className="product-form__fixed product-sku-fixed">{editing.sku}</Text>
      ) : (
        <TextField
          className={`product-${name}`}
          value={form[name]}
          placeholder={placeholder}
          money={options.money}
          onChange={(value) => {
            setForm((current) => ({ ...current, [name]: value }));
            setErrors((current) => ({ ...current, [name]: undefined }));
          }}
        />
      )}
    </FormField>
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
      {problem && <Text className="form-error product-form-error">{problem}</Text>}
      <View
        className={`btn btn--primary form-submit product-submit${pending ? ' btn--disabled' : ''}`}
        hoverClass="btn--pressed"
        onClick={() => void submit()}
      >
        <Text>{pending ? '保存中…' : editing ? '保存修改' : '新建商品'}</Text>
      </View>
      {editing && (
        <View className="btn btn--ghost form-submit product-cancel" hoverClass="btn--pressed" onClick={onCancel}>
          <Text>取消修改</Text>
        </View>
      )}
    </View>
  );
}
