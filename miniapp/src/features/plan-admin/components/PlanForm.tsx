import { Text, View } from '@tarojs/components';
import { type AdminPlanView, planRequest } from '@app/shared';
import { useEffect, useState } from 'react';
import { fenToYuanText, parseYuan } from '../../../lib/money';
import { FormField, Segments } from '../../campaigns/components/FormParts';
import { AdminField, SaveActions } from '../../marketer/components/AdminFormParts';
import { useAdminForm } from '../../marketer/hooks/use-admin-form';
import { periodLabel } from '../../plans/plan-words';
import { savePlan } from '../api/plan-admin';

type Field = 'name' | 'price' | 'discount' | 'multiplier';
const EMPTY: Record<Field, string> = { name: '', price: '', discount: '', multiplier: '' };
const PERIODS = [30, 90, 365] as const;
type Period = (typeof PERIODS)[number];
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

const fromPlan = (plan: AdminPlanView): Record<Field, string> => ({
  name: plan.name,
  price: fenToYuanText(plan.priceFen),
  discount: plan.benefits.discountPercent == null ? '' : String(plan.benefits.discountPercent / 10),
  multiplier: plan.benefits.pointsMultiplier == null ? '' : String(plan.benefits.pointsMultiplier),
});

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
  const [period, setPeriod] = useState<Period>(30);
  useEffect(() => {
    setPeriod((PERIODS as readonly number[]).includes(editing?.periodDays ?? 0) ? (editing!.periodDays as Period) : 30);
  }, [editing]);
  const form = useAdminForm({
    editing,
    empty: EMPTY,
    fromEditing: fromPlan,
    errors: ERRORS,
    fieldOf: FIELD_OF,
    keyPrefix: 'plan-admin',
    parse: (values) => {
      const price = parseYuan(values.price);
      return planRequest.safeParse({
        name: values.name,
        periodDays: period,
        priceFen: price.ok ? price.fen : -1,
        benefits: {
          discountPercent: values.discount.trim() === '' ? null : Number(values.discount) * 10,
          pointsMultiplier: values.multiplier.trim() === '' ? null : Number(values.multiplier),
          activationTemplateIds: editing?.benefits.activationTemplateIds ?? [],
          monthlyTemplateIds: editing?.benefits.monthlyTemplateIds ?? [],
        },
        active: editing?.active ?? true,
      });
    },
    save: (request, key) => savePlan(editing?.planId ?? null, request, key),
    onSaved,
  });

  return (
    <View className="panel plan-form">
      <View className="panel__title">
        <Text>{editing ? `修改 ${editing.name}` : '新建付费会员方案'}</Text>
        <Text className="panel__hint">折扣与等级折扣取更优，不叠加</Text>
      </View>
      <AdminField form={form} prefix="plan" name="name" label="名称" placeholder="例如 啡常PLUS 月卡" />
      <FormField prefix="plan" name="period" label="时长">
        <Segments
          prefix="plan-period"
          options={PERIODS.map((days) => ({ key: String(days) as `${typeof days}`, label: periodLabel(days) }))}
          value={String(period) as `${typeof period}`}
          onChange={(key) => setPeriod(Number(key) as Period)}
        />
      </FormField>
      <AdminField form={form} prefix="plan" name="price" label="售价（元）" placeholder="例如 19" money />
      <AdminField form={form} prefix="plan" name="discount" label="到店折扣（折）" placeholder="例如 9" optional />
      <AdminField form={form} prefix="plan" name="multiplier" label="积分倍数" placeholder="例如 1.5" optional />
      <SaveActions form={form} prefix="plan" editing={editing !== null} onCancel={onCancel} />
    </View>
  );
}
