import { View } from '@tarojs/components';
import { ErrorState } from '../../components/error-state';
import { Skeleton } from '../../components/skeleton';
import { PurchaseMember } from '../../features/purchase/components/PurchaseMember';
import { useMemberCodeParam, useTicketParam } from '../../features/purchase/hooks/use-purchase-page';
import { useStoreScan } from '../../features/store-scan/hooks/use-store-scan';
import { CounterTopupForm } from '../../features/wallet/components/CounterTopupForm';
import { CounterTopupResult } from '../../features/wallet/components/CounterTopupResult';
import { useCounterTopup } from '../../features/wallet/hooks/use-counter-topup';
import { useCounterMember } from '../../features/wallet/hooks/use-counter-member';
import { goBack, relaunch, routes } from '../../lib/routes';
import { useRoleGuard } from '../../lib/use-role-guard';
import '../purchase/index.scss';
import './index.scss';

/** 充值 at the counter for the member whose code was scanned: package or amount + receipt → 确认充值 → new balance. */
export default function StoreTopupPage() {
  useRoleGuard('staff');
  const code = useMemberCodeParam();
  const scan = useStoreScan();
  const { member, who } = useCounterMember(code, useTicketParam(), scan);
  const topup = useCounterTopup(who);

  if (!code) {
    return (
      <View className="page store-topup">
        <ErrorState
          title="还没有扫描会员码"
          message="请先扫描顾客的会员码，再办理充值"
          retryText="去扫码"
          onRetry={() => void goBack(routes.storeScan)}
        />
      </View>
    );
  }

  if (topup.result) {
    return (
      <View className="page store-topup">
        <PurchaseMember member={member} />
        <CounterTopupResult result={topup.result} receiptNo={topup.draft.receiptNo.trim()} />
        <View
          className="btn btn--primary store-topup__action topup-next"
          hoverClass="btn--pressed"
          onClick={() => void relaunch(routes.storeScan)}
        >
          下一位顾客
        </View>
      </View>
    );
  }

  return (
    <View className="page store-topup">
      <PurchaseMember member={member} pending={scan.pending} unreadable={!!scan.error} />
      {topup.offer.error && !topup.offer.data ? (
        <ErrorState
          title="充值套餐加载失败"
          message={topup.offer.error.message}
          onRetry={() => void topup.offer.reload()}
        />
      ) : !topup.offer.data ? (
        <View className="panel store-topup__loading">
          <Skeleton height={64} />
          <Skeleton height={40} className="store-topup__skeleton" />
        </View>
      ) : (
        <CounterTopupForm
          offer={topup.offer.data}
          draft={topup.draft}
          errors={topup.errors}
          pending={topup.pending}
          canRetry={topup.canRetry}
          onEdit={topup.edit}
          onSubmit={() => void topup.submit()}
        />
      )}
      {topup.problem && <View className="store-topup__problem counter-topup-problem">{topup.problem}</View>}
    </View>
  );
}
