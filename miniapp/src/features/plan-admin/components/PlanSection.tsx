import { Text, View } from '@tarojs/components';
import type { PlanAnalytics } from '@app/shared';
import { formatNumber } from '../../../lib/format';
import { formatFen } from '../../../lib/money';

/** The dashboard's 付费会员与次卡: members holding a plan today, and the range's plans, renewals, revenue and card uses. */
export function PlanSection({ plans }: { plans: PlanAnalytics | undefined }) {
  if (!plans) return null;
  const figures = [
    { key: 'members', label: '付费会员（当前）', value: formatNumber(plans.members) },
    { key: 'new', label: '新开通', value: formatNumber(plans.plansNew) },
    { key: 'renewed', label: '续费', value: formatNumber(plans.plansRenewed) },
    { key: 'by-code', label: '兑换码开通', value: formatNumber(plans.plansByCode) },
    {
      key: 'plan-revenue',
      label: '会员费收入',
      value: formatFen(plans.planRevenueFen),
      hint: plans.planRefundsFen ? `退款 ${formatFen(plans.planRefundsFen)}` : undefined,
    },
    { key: 'cards-sold', label: '次卡售出', value: formatNumber(plans.cardsSold) },
    {
      key: 'card-revenue',
      label: '次卡收入',
      value: formatFen(plans.cardRevenueFen),
      hint: plans.cardRefundsFen ? `退款 ${formatFen(plans.cardRefundsFen)}` : undefined,
    },
    { key: 'card-uses', label: '次卡核销', value: `${formatNumber(plans.cardUses)} 次` },
  ];
  return (
    <View className="panel dashboard-block dashboard-block-plans">
      <View className="panel__title dashboard-block__title">
        <View className="dashboard-block__heading">
          <Text>付费会员与次卡</Text>
          <Text className="panel__hint dashboard-block__hint">所选时间内；当前付费会员按今天计</Text>
        </View>
      </View>
      <View className="kpi-grid plan-kpis">
        {figures.map((figure) => (
          <View key={figure.key} className={`kpi plan-kpi-${figure.key}`}>
            <Text className="kpi__label">{figure.label}</Text>
            <Text className="kpi__value">{figure.value}</Text>
            {figure.hint && <Text className="kpi__hint">{figure.hint}</Text>}
          </View>
        ))}
      </View>
    </View>
  );
}
