import { Text } from '@tarojs/components';
import { type AdminPlanView, planRequest } from '@app/shared';
import { useState } from 'react';
import { adminPlans, savePlan } from '../../features/plan-admin/api/plan-admin';
import { CodeBatch } from '../../features/plan-admin/components/CodeBatch';
import { OnSaleAdmin } from '../../features/plan-admin/components/OnSaleAdmin';
import { PlanForm } from '../../features/plan-admin/components/PlanForm';
import { useOnSaleAdmin } from '../../features/plan-admin/hooks/use-on-sale-admin';
import { benefitWords, periodLabel } from '../../features/plans/plan-words';
import { newIdempotencyKey } from '../../lib/idempotency';
import { formatFen } from '../../lib/money';
import { useRoleGuard } from '../../lib/use-role-guard';

/** 付费会员方案: the plans (月卡/季卡/年卡) with price and benefits; create, edit, 上架/下架, and 兑换码 batches. */
export default function PlansAdminPage() {
  useRoleGuard('marketer');
  const admin = useOnSaleAdmin<AdminPlanView>({
    load: adminPlans,
    idOf: (plan) => plan.planId,
    setActive: (plan, active) => {
      const { planId, updatedAt: _at, ...terms } = plan;
      return savePlan(planId, planRequest.parse({ ...terms, active }), newIdempotencyKey('plan-admin'));
    },
  });
  const [codesFor, setCodesFor] = useState<AdminPlanView | null>(null);

  return (
    <OnSaleAdmin
      admin={admin}
      className="plans-admin-page"
      title="付费会员方案"
      intro="啡常PLUS 月卡、季卡、年卡"
      prefix="plan"
      listClassName="plans-list"
      failedTitle="方案加载失败"
      empty={{ message: '还没有付费会员方案', hint: '在上方新建一个月卡试试' }}
      termsOf={(plan) =>
        [periodLabel(plan.periodDays), formatFen(plan.priceFen), ...benefitWords(plan.benefits)].join(' · ')
      }
      rowActions={(plan) => (
        <Text className="admin-action plan-codes" onClick={() => setCodesFor(plan)}>
          兑换码
        </Text>
      )}
    >
      {codesFor ? <CodeBatch plan={codesFor} onClose={() => setCodesFor(null)} /> : null}
      <PlanForm editing={admin.editing} onCancel={() => admin.setEditing(null)} onSaved={admin.saved} />
    </OnSaleAdmin>
  );
}
