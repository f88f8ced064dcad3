import { Text, View } from '@tarojs/components';
import { ErrorState } from '../../components/error-state';
import { getPackages } from '../../features/wallet/api/wallet';
import { TopupChooser } from '../../features/wallet/components/TopupChooser';
import { TopupResult } from '../../features/wallet/components/TopupResult';
import { useTopup } from '../../features/wallet/hooks/use-topup';
import { replacePage, routes } from '../../lib/routes';
import { useResource } from '../../lib/use-resource';
import { useRoleGuard } from '../../lib/use-role-guard';
import '../../features/wallet/components/wallet.scss';

/** 充值: a package (送 and gifts) or a custom amount, the payment step, then the result in the member's words. */
export default function TopupPage() {
  useRoleGuard('member');
  const offer = useResource(getPackages);
  const topup = useTopup();

  if (topup.outcome)
    return (
      <View className="page topup-page">
        <TopupResult
          outcome={topup.outcome}
          onWallet={() => void replacePage(routes.wallet)}
          onAgain={topup.again}
          onRecheck={(topupId) => void topup.recheck(topupId)}
        />
      </View>
    );
  if (topup.polling)
    return (
      <View className="page topup-page">
        <Text className="topup-waiting">正在确认付款结果…</Text>
      </View>
    );

  return (
    <View className="page topup-page">
      {offer.data ? (
        <>
          <Text className="topup-heading">选择充值金额</Text>
          <TopupChooser offer={offer.data} busy={topup.busy} onPay={(request) => void topup.start(request)} />
        </>
      ) : offer.error ? (
        <ErrorState title="充值方案加载失败" message={offer.error.message} onRetry={() => void offer.reload()} />
      ) : (
        <Text className="topup-waiting">加载中…</Text>
      )}
    </View>
  );
}
