import { Text, View } from '@tarojs/components';
import { type AdminPlanView, planRequest } from '@app/shared';
import { useEffect, useRef, useState } from 'react';
import { toApiError } from '../../../lib/api-error';
import { newIdempotencyKey } from '../../../lib/idempotency';
import { fenToYuanText, parseYuan } from '../../../lib/money';
import { FormField, Segments, TextField } from '../../campaigns/components/FormParts';
import { periodLabel } from '../../plans/plan-words';
import { savePlan } from '../api/plan-admin';

type Field = 'name' | 'price' | 'discount' | 'multiplier';
const EMPTY = { name: '', price: '', discount: '', multiplier: '' };
const PERIODS = [30, 90, 365] as const;
const ERRORS: Record<Field, string> = {
  name: '请填写方案名称（最多 30 字），例如 啡常PLUS 月卡',
  price: '请填写售价，例如 19',
  discount: '折扣为 5–9.9 折，例如 9 或 8.8；不打折可不填',
  multiplier: '积分倍数为 1–5，最多一位小数，例如 1.5；可不填',
};
const FIELD_OF: Record<string, Field> = {
  priceFen: 'price',
  discountPercent: 'discount',
  pointsMultiplier: 'multiplier',
};

/** 新建方案 / 修改方案: name, 月卡/季卡/年卡, price, the counter discount (折) and points multiplier. */
export function PlanForm({
  editing,
  onSaved,
  onCancel,
}: {
  editing: AdminPlanView | null;
  onSaved: () => Promise<void>;
  onCancel: () => void;
}) {
  const [form, setForm] = useState(EMPTY);
  const [period, setPeriod] = useState<(typeof PERIODS)[number]>(30);
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const [problem, setProblem] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  const key = useRef<string | null>(null);
  useEffect(() => {
    const discount = editing?.benefits.discountPercent;
    setForm(
      editing
        ? {
            name: editing.name,
            price: fenToYuanText(editing.priceFen),
            discount: discount == null ? '' : String(discount / 10),
            multiplier: editing.benefits.pointsMultiplier == null ? '' : String(editing.benefits.pointsMultiplier),
          }
        : EMPTY,
    );
    setPeriod((PERIODS as readonly number[]).includes(editing?.periodDays ?? 0) ? (editing!.periodDays as 30) : 30);
    setErrors({});
    setProblem(null);
    key.current = null;
  }, [editing]);

  const submit = async () => {
    if (pending) return;
    const price = parseYuan(form.price);
    const parsed = planRequest.safeParse({
      name: form.name,
      periodDays: period,
      priceFen: price.ok ? price.fen : -1,
      benefits: {
        discountPercent: form.discount.trim() === '' ? null : Number(form.discount) * 10,
        pointsMultiplier: form.multiplier.trim() === '' ? null : Number(form.multiplier),
        activationTemplateIds: editing?.benefits.activationTemplateIds ?? [],
        monthlyTemplateIds: editing?.benefits.monthlyTemplateIds ?? [],
      },
      active: editing?.active ?? true,
    });
    if (!parsed.success) {
      const next: Partial<Record<Field, string>> = {};
      for (const issue of parsed.error.issues) {
        const name = String(issue.path[issue.path[0] === 'benefits' ? 1 : 0]);
        const field = FIELD_OF[name] ?? (name as Field);
        if (ERRORS[field]) next[field] = ERRORS[field];
      }
      return setErrors(next);
    }
    setPending(true);
    setProblem(null);
    key.current ??= newIdempotencyKey('plan-admin');
    try {
      await savePlan(editing?.planId ?? null, parsed.data, key.current);
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

  const field = (name: Field, label: string, placeholder: string, optional = false) => (
    <FormField prefix="plan" name={name} label={label} error={errors[name]} optional={optional}>
      <TextField
        className={`plan-${name}`}
        value={form[name]}
        placeholder={placeholder}
        money={name === 'price'}
        onChange={(value) => {
          setForm((current) => ({ ...current, [name]: value }));
          setErrors((current) => ({ ...current, [name]: undefined }));
        }}
      />
    </FormField>
  );

  return (
    <View className="panel plan-form">
      <View className="panel__title">
        <Text>{editing ? `修改 ${editing.name}` : '新建付费会员方案'}</Text>
        <Text className="panel__hint">折扣与等级折扣取更优，不叠加</Text>
      </View>
      {field('name', '名称', '例如 啡常PLUS 月卡')}
      <FormField prefix="plan" name="period" label="时长">
        <Segments
          prefix="plan-period"
          options={PERIODS.map((days) => ({ key: String(days) as `${typeof days}`, label: periodLabel(days) }))}
          value={String(period) as `${typeof period}`}
          onChange={(key) => setPeriod(Number(key) as (typeof PERIODS)[number])}
        />
      </FormField>
      {field('price', '售价（元）', '例如 19')}
      {field('discount', '到店折扣（折）', '例如 9', true)}
      {field('multiplier', '积分倍数', '例如 1.5', true)}
      {problem ? <Text className="admin-error plan-form-error">{problem}</Text> : null}
      <View className="plan-form__actions">
        {editing ? (
          <View className="btn btn--ghost plan-cancel" onClick={onCancel}>
            取消
          </View>
        ) : null}
        <View className={`btn btn--primary plan-save${pending ? ' btn--disabled' : ''}`} onClick={() => void submit()}>
          {pending ? '保存中' : '保存'}
        </View>
      </View>
    </View>
  );
}
