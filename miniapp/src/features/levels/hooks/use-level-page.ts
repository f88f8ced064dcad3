import Taro, { usePullDownRefresh } from '@tarojs/taro';
import { useResource } from '../../../lib/use-resource';
import { getLevelPage } from '../api/levels';

/** The level page's data, pull-down to reload. */
export function useLevelPage() {
  const page = useResource(getLevelPage);
  usePullDownRefresh(() => {
    void page.reload().finally(() => Taro.stopPullDownRefresh());
  });
  return { page };
}
