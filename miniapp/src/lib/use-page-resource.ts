import Taro, { useDidShow, usePullDownRefresh } from '@tarojs/taro';
import { type Resource, useResource } from './use-resource';

/** A page's one resource: loaded on every show (fresh after coming back) and on pull-down. */
export function usePageResource<T>(fetcher: () => Promise<T>): Resource<T> {
  const resource = useResource(fetcher, { immediate: false });
  useDidShow(() => {
    void resource.reload();
  });
  usePullDownRefresh(() => {
    void resource.reload().finally(() => Taro.stopPullDownRefresh());
  });
  return resource;
}
