import Taro, { usePullDownRefresh, useReachBottom } from '@tarojs/taro';
import { useCallback, useState } from 'react';
import { useResource } from '../../../lib/use-resource';
import { getPointLots, getPointsAccount } from '../api/points';
import { usePointsHistory } from './use-points-history';

export type PointsTab = 'history' | 'lots';

/**
 * Everything the points page shows: the account (balance, debt, next expiry), the history with its filter and
 * infinite scroll, and the lots (loaded the first time their tab opens). Pull-down reloads what is shown.
 */
export function usePointsPage() {
  const account = useResource(getPointsAccount);
  const history = usePointsHistory();
  const lots = useResource(getPointLots, { immediate: false });
  const [tab, setTabState] = useState<PointsTab>('history');
  const [lotsRequested, setLotsRequested] = useState(false);

  const setTab = useCallback(
    (next: PointsTab) => {
      setTabState(next);
      if (next === 'lots' && !lotsRequested) {
        setLotsRequested(true);
        void lots.reload();
      }
    },
    [lots, lotsRequested],
  );

  useReachBottom(() => {
    if (tab === 'history' && history.hasMore && !history.moreError) void history.loadMore();
  });

  const refresh = useCallback(
    () => Promise.all([account.reload(), tab === 'history' ? history.refresh() : lots.reload()]).then(() => undefined),
    [account, history, lots, tab],
  );

  usePullDownRefresh(() => {
    void refresh().finally(() => Taro.stopPullDownRefresh());
  });

  return { account, history, lots, tab, setTab, refresh };
}
