import { Text, View } from '@tarojs/components';
import { ErrorState } from '../../components/error-state';
import { createPlanOrder, getMyPlan, getPlans } from '../../features/plans/api/plans';
import { OrderResult } from '../../features/plans/components/OrderResult';
import { PlanChooser } from '../../features/plans/components/PlanChooser';
import { PlusBenefits } from '../../features/plans/components/PlusBenefits';
import { RedeemCode } from '../../features/plans/components/RedeemCode';
import { useMoneyOrder } from '../../features/plans/hooks/use-money-order';
import { newIdempotencyKey } from '../../lib/idempotency';
import { replacePage, routes } from '../../lib/routes';
import { useResource } from '../../lib/use-resource';
import { useRoleGuard } from '../../lib/use-role-guard';
import '../../features/wallet/components/wallet.scss';
import '../../features/plans/components/plans.scss';

/** 开通PLUS: what PLUS gives, the member's plan if any, 月卡/季卡/年卡 paid through the one payment step, 兑换码. */
export default function PlusPage() {
  useRoleGuard('member');
  const plans = useResource(getPlans);
  const mine = useResource(getMyPlan);
  const order = useMoneyOrder();

  if (order.outcome)
    return (
      <View className="page plus-page">
        <OrderResult
          outcome={order.outcome}
          what="啡常PLUS"
          doneLabel="查看会员卡"
          onDone={() => void replacePage(routes.card)}
          onAgain={() => {
            order.again();
            void mine.reload();
          }}
          onRecheck={(orderId) => void order.recheck(orderId)}
        />
      </View>
    );
  if (order.polling)
    return (
      <View className="page plus-page">
        <Text className="topup-waiting">正在确认付款结果…</Text>
      </View>
    );

  const pay = (planId: string, payWith: 'wechat' | 'wallet') =>
    void order.start(() => createPlanOrder(planId, { payWith }, newIdempotencyKey('plan')));
  return (
    <View className="page plus-page">
      <PlusBenefits plans={plans.data ?? []} mine={mine.data ?? null} />
      {plans.data ? (
        plans.data.length > 0 ? (
          <PlanChooser plans={plans.data} renewing={!!mine.data} busy={order.busy} onPay={pay} />
        ) : (
          <Text className="plus-none">暂未开放购买，可使用兑换码开通</Text>
        )
      ) : plans.error ? (
        <ErrorState title="会员方案加载失败" message={plans.error.message} onRetry={() => void plans.reload()} />
      ) : (
        <Text className="topup-waiting">加载中…</Text>
      )}
      <RedeemCode onRedeemed={() => void mine.reload()} />
    </View>
  );
}
