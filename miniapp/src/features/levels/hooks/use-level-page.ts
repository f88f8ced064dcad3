import Taro, { usePullDownRefresh } from '@tarojs/taro';
import { useMemo } from 'react';
import { levelNamer } from '../../../lib/level-names';
import { useResource } from '../../../lib/use-resource';
import { getLevelPage } from '../api/levels';

/** The level page's data, pull-down to reload, and the names of the level codes it mentions. */
export function useLevelPage() {
  const page = useResource(getLevelPage);
  usePullDownRefresh(() => {
    void page.reload().finally(() => Taro.stopPullDownRefresh());
  });
  const nameOf = useMemo(() => {
    const me = page.data?.me;
    return levelNamer([me?.level, me?.nextLevel, page.data?.levels.level]);
  }, [page.data]);
  return { page, nameOf };
}
