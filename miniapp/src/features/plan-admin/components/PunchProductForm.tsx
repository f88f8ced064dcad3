import { Text, View } from '@tarojs/components';
import { type AdminPunchProductView, punchProductRequest } from '@app/shared';
import { useEffect, useState } from 'react';
import { fenToYuanText, parseYuan } from '../../../lib/money';
import { FormField, Segments } from '../../campaigns/components/FormParts';
import { AdminField, SaveActions } from '../../marketer/components/AdminFormParts';
import { useAdminForm } from '../../marketer/hooks/use-admin-form';
import { savePunchProduct } from '../api/plan-admin';

type Field = 'name' | 'uses' | 'price' | 'validDays' | 'covers';
const EMPTY: Record<Field, string> = { name: '', uses: '10', price: '', validDays: '180', covers: '' };
const ERRORS: Record<Field, string> = {
  name: '请填写名称（最多 30 字），例如 美式咖啡10次卡',
  uses: '次数为 1–1000 的整数',
  price: '请填写售价，例如 150',
  validDays: '有效天数为 1–1095 的整数',
  covers: '请写明可兑换的商品（最多 200 字）',
};
const FIELD_OF: Record<string, Field> = { priceFen: 'price' };

const fromProduct = (product: AdminPunchProductView): Record<Field, string> => ({
  name: product.name,
  uses: product.uses === null ? '' : String(product.uses),
  price: fenToYuanText(product.priceFen),
  validDays: String(product.validDays),
  covers: product.covers,
});

/** 新建次卡 / 修改次卡: 计次卡 (N uses) or 限时卡 (unlimited within its days), price, validity, what it covers. */
export function PunchProductForm({
  editing,
  onSaved,
  onCancel,
}: {
  editing: AdminPunchProductView | null;
  onSaved: () => Promise<void>;
  onCancel: () => void;
}) {
  const [kind, setKind] = useState<'count' | 'period'>('count');
  useEffect(() => {
    setKind(editing?.uses === null ? 'period' : 'count');
  }, [editing]);
  const form = useAdminForm({
    editing,
    empty: EMPTY,
    fromEditing: fromProduct,
    errors: ERRORS,
    fieldOf: FIELD_OF,
    keyPrefix: 'punch-admin',
    parse: (values) => {
      const price = parseYuan(values.price);
      return punchProductRequest.safeParse({
        name: values.name,
        uses: kind === 'period' ? null : Number(values.uses),
        priceFen: price.ok ? price.fen : -1,
        validDays: Number(values.validDays),
        covers: values.covers,
        skus: editing?.skus ?? [],
        active: editing?.active ?? true,
      });
    },
    save: (request, key) => savePunchProduct(editing?.productId ?? null, request, key),
    onSaved,
  });

  return (
    <View className="panel punch-form">
      <View className="panel__title">
        <Text>{editing ? `修改 ${editing.name}` : '新建次卡'}</Text>
        <Text className="panel__hint">会员在小程序或门店购买，到店出示会员码核销</Text>
      </View>
      <AdminField form={form} prefix="punch" name="name" label="名称" placeholder="例如 美式咖啡10次卡" />
      <FormField prefix="punch" name="kind" label="类型">
        <Segments
          prefix="punch-kind"
          options={[
            { key: 'count', label: '计次卡' },
            { key: 'period', label: '限时卡（不限次）' },
          ]}
          value={kind}
          onChange={setKind}
        />
      </FormField>
      {kind === 'count' ? <AdminField form={form} prefix="punch" name="uses" label="次数" number /> : null}
      <AdminField form={form} prefix="punch" name="price" label="售价（元）" placeholder="例如 150" money />
      <AdminField
        form={form}
        prefix="punch"
        name="validDays"
        label="购买后有效天数"
        className="punch-valid-days"
        number
      />
      <AdminField
        form={form}
        prefix="punch"
        name="covers"
        label="可兑换"
        placeholder="例如 中杯美式咖啡每次一杯"
        multiline
      />
      <SaveActions form={form} prefix="punch" editing={editing !== null} onCancel={onCancel} />
    </View>
  );
}
