import { Text, View } from '@tarojs/components';
import { type AdminPlanView, planRequest } from '@app/shared';
import { useState } from 'react';
import { EmptyState } from '../../components/empty-state';
import { ErrorState } from '../../components/error-state';
import { Skeleton } from '../../components/skeleton';
import { MarketerPage } from '../../features/campaigns/components/MarketerPage';
import { useConfirmedAction } from '../../features/marketer/hooks/use-confirmed-action';
import { adminPlans, savePlan } from '../../features/plan-admin/api/plan-admin';
import { CodeBatch } from '../../features/plan-admin/components/CodeBatch';
import { PlanForm } from '../../features/plan-admin/components/PlanForm';
import { benefitWords, periodLabel } from '../../features/plans/plan-words';
import { newIdempotencyKey } from '../../lib/idempotency';
import { formatFen } from '../../lib/money';
import { usePageResource } from '../../lib/use-page-resource';
import { useRoleGuard } from '../../lib/use-role-guard';
import '../../features/console/components/Console.scss';
import '../../features/marketer/components/AdminRows.scss';
import '../../features/plan-admin/components/plan-admin.scss';

/** 付费会员方案: the plans (月卡/季卡/年卡) with price and benefits; create, edit, 上架/下架, and 兑换码 batches. */
export default function PlansAdminPage() {
  useRoleGuard('marketer');
  const data = usePageResource(adminPlans);
  const action = useConfirmedAction();
  const [editing, setEditing] = useState<AdminPlanView | null>(null);
  const [codesFor, setCodesFor] = useState<AdminPlanView | null>(null);
  const plans = data.data?.items ?? [];

  const toggle = (plan: AdminPlanView) =>
    action.press(plan.planId, async () => {
      const { planId, updatedAt: _at, ...terms } = plan;
      const request = planRequest.parse({ ...terms, active: !plan.active });
      await savePlan(planId, request, newIdempotencyKey('plan-admin'));
      await data.reload();
    });

  return (
    <MarketerPage className="plans-admin-page">
      <View className="marketer-head">
        <View>
          <Text className="marketer-head__title">付费会员方案</Text>
          <Text className="marketer-head__sub">
            {data.data
              ? `在售 ${plans.filter((plan) => plan.active).length} 个 · 共 ${plans.length} 个`
              : '啡常PLUS 月卡、季卡、年卡'}
          </Text>
        </View>
      </View>

      {codesFor ? <CodeBatch plan={codesFor} onClose={() => setCodesFor(null)} /> : null}
      <PlanForm
        editing={editing}
        onCancel={() => setEditing(null)}
        onSaved={async () => {
          setEditing(null);
          await data.reload();
        }}
      />

      <View className="panel plans-list">
        {data.loading && !data.data ? (
          [0, 1].map((row) => <Skeleton key={row} height={48} className="marketer-skeleton-row" />)
        ) : data.error && !data.data ? (
          <ErrorState compact title="方案加载失败" message={data.error.message} onRetry={() => void data.reload()} />
        ) : plans.length === 0 ? (
          <EmptyState compact message="还没有付费会员方案" hint="在上方新建一个月卡试试" />
        ) : (
          plans.map((plan) => (
            <View key={plan.planId} className={`admin-row plan-row plan-row-${plan.planId}`}>
              <View className="admin-row__text">
                <Text className="admin-row__title">{plan.name}</Text>
                <Text className="admin-row__meta">
                  {[periodLabel(plan.periodDays), formatFen(plan.priceFen), ...benefitWords(plan.benefits)].join(' · ')}
                </Text>
                {action.problem?.id === plan.planId && <Text className="admin-error">{action.problem.message}</Text>}
              </View>
              <View className="admin-row__side">
                <Text className={`admin-state plan-state${plan.active ? '' : ' admin-state--off'}`}>
                  {plan.active ? '在售' : '已下架'}
                </Text>
                <Text className="admin-action plan-codes" onClick={() => setCodesFor(plan)}>
                  兑换码
                </Text>
                <Text className="admin-action plan-edit" onClick={() => setEditing(plan)}>
                  修改
                </Text>
                <Text
                  className={`admin-action plan-toggle${action.busy === plan.planId ? ' admin-action--busy' : ''}`}
                  onClick={() => void toggle(plan)}
                >
                  {action.asking === plan.planId
                    ? plan.active
                      ? '确认下架？'
                      : '确认上架？'
                    : plan.active
                      ? '下架'
                      : '上架'}
                </Text>
              </View>
            </View>
          ))
        )}
      </View>
    </MarketerPage>
  );
}
