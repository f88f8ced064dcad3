import { Text, View } from '@tarojs/components';
import { type AdminPunchProductView, punchProductRequest } from '@app/shared';
import { useEffect, useRef, useState } from 'react';
import { toApiError } from '../../../lib/api-error';
import { newIdempotencyKey } from '../../../lib/idempotency';
import { fenToYuanText, parseYuan } from '../../../lib/money';
import { FormField, Segments, TextArea, TextField } from '../../campaigns/components/FormParts';
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
  const [form, setForm] = useState(EMPTY);
  const [kind, setKind] = useState<'count' | 'period'>('count');
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const [problem, setProblem] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  const key = useRef<string | null>(null);
  useEffect(() => {
    setForm(
      editing
        ? {
            name: editing.name,
            uses: editing.uses === null ? '' : String(editing.uses),
            price: fenToYuanText(editing.priceFen),
            validDays: String(editing.validDays),
            covers: editing.covers,
          }
        : EMPTY,
    );
    setKind(editing?.uses === null ? 'period' : 'count');
    setErrors({});
    setProblem(null);
    key.current = null;
  }, [editing]);

  const submit = async () => {
    if (pending) return;
    const price = parseYuan(form.price);
    const parsed = punchProductRequest.safeParse({
      name: form.name,
      uses: kind === 'period' ? null : Number(form.uses),
      priceFen: price.ok ? price.fen : -1,
      validDays: Number(form.validDays),
      covers: form.covers,
      skus: editing?.skus ?? [],
      active: editing?.active ?? true,
    });
    if (!parsed.success) {
      const next: Partial<Record<Field, string>> = {};
      for (const issue of parsed.error.issues) {
        const name = String(issue.path[0]);
        const field = FIELD_OF[name] ?? (name as Field);
        if (ERRORS[field]) next[field] = ERRORS[field];
      }
      return setErrors(next);
    }
    setPending(true);
    setProblem(null);
    key.current ??= newIdempotencyKey('punch-admin');
    try {
      await savePunchProduct(editing?.productId ?? null, parsed.data, key.current);
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

  const change = (name: Field) => (value: string) => {
    setForm((current) => ({ ...current, [name]: value }));
    setErrors((current) => ({ ...current, [name]: undefined }));
  };

  return (
    <View className="panel punch-form">
      <View className="panel__title">
        <Text>{editing ? `修改 ${editing.name}` : '新建次卡'}</Text>
        <Text className="panel__hint">会员在小程序或门店购买，到店出示会员码核销</Text>
      </View>
      <FormField prefix="punch" name="name" label="名称" error={errors.name}>
        <TextField
          className="punch-name"
          value={form.name}
          placeholder="例如 美式咖啡10次卡"
          onChange={change('name')}
        />
      </FormField>
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
      {kind === 'count' ? (
        <FormField prefix="punch" name="uses" label="次数" error={errors.uses}>
          <TextField className="punch-uses" value={form.uses} number onChange={change('uses')} />
        </FormField>
      ) : null}
      <FormField prefix="punch" name="price" label="售价（元）" error={errors.price}>
        <TextField className="punch-price" value={form.price} money placeholder="例如 150" onChange={change('price')} />
      </FormField>
      <FormField prefix="punch" name="validDays" label="购买后有效天数" error={errors.validDays}>
        <TextField className="punch-valid-days" value={form.validDays} number onChange={change('validDays')} />
      </FormField>
      <FormField prefix="punch" name="covers" label="可兑换" error={errors.covers}>
        <TextArea
          className="punch-covers"
          value={form.covers}
          placeholder="例如 中杯美式咖啡每次一杯"
          onChange={change('covers')}
        />
      </FormField>
      {problem ? <Text className="admin-error punch-form-error">{problem}</Text> : null}
      <View className="plan-form__actions">
        {editing ? (
          <View className="btn btn--ghost punch-cancel" onClick={onCancel}>
            取消
          </View>
        ) : null}
        <View className={`btn btn--primary punch-save${pending ? ' btn--disabled' : ''}`} onClick={() => void submit()}>
          {pending ? '保存中' : '保存'}
        </View>
      </View>
    </View>
  );
}
