import { Text, View } from '@tarojs/components';
import Taro, { useDidShow, usePullDownRefresh, useReachBottom } from '@tarojs/taro';
import { ErrorState } from '../../components/error-state';
import { getWallet, getWalletEntries } from '../../features/wallet/api/wallet';
import { WalletHistory } from '../../features/wallet/components/WalletHistory';
import { WalletLots } from '../../features/wallet/components/WalletLots';
import { WalletSummary } from '../../features/wallet/components/WalletSummary';
import { openPage, routes } from '../../lib/routes';
import { usePagedList } from '../../lib/use-paged-list';
import { useResource } from '../../lib/use-resource';
import { useRoleGuard } from '../../lib/use-role-guard';
import '../../features/wallet/components/wallet.scss';

/** 我的钱包: the balance (principal and bonus), the lots with their dates, and every movement, page by page. */
export default function WalletPage() {
  useRoleGuard('member');
  const wallet = useResource(getWallet);
  const history = usePagedList(
    (_filter: 'all', cursor) => getWalletEntries(cursor),
    (entry) => entry.id,
    'all',
  );
  const refresh = () => Promise.all([wallet.reload(), history.refresh()]);
  useDidShow(() => {
    if (wallet.data) void refresh();
  });
  usePullDownRefresh(() => void refresh().finally(() => Taro.stopPullDownRefresh()));
  useReachBottom(() => {
    if (history.hasMore && !history.moreError) void history.loadMore();
  });

  if (!wallet.data)
    return (
      <View className="page wallet-page">
        {wallet.error ? (
          <ErrorState title="钱包加载失败" message={wallet.error.message} onRetry={() => void refresh()} />
        ) : (
          <Text className="wallet-history__loading">加载中…</Text>
        )}
      </View>
    );

  return (
    <View className="page wallet-page">
      <WalletSummary wallet={wallet.data} onTopup={() => void openPage(routes.topup)} />
      <View className="panel wallet-panel">
        <Text className="wallet-panel__title">资金批次</Text>
        <WalletLots lots={wallet.data.lots} />
      </View>
      <View className="panel wallet-panel">
        <Text className="wallet-panel__title">资金明细</Text>
        <WalletHistory history={history} />
      </View>
    </View>
  );
}
