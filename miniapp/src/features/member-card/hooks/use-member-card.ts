import Taro, { useDidHide, useDidShow, usePullDownRefresh } from '@tarojs/taro';
import { useCallback, useRef } from 'react';
import { useResource } from '../../../lib/use-resource';
import { getMe } from '../api/member';
import { useMemberCode } from './use-member-code';

/**
 * Everything the card tab shows, kept fresh: loads on first show, reloads whenever the page is shown again
 * and on pull-down; the member code refreshes itself and pauses while the page is hidden.
 */
export function useMemberCard() {
  const me = useResource(getMe, { immediate: false });
  const code = useMemberCode();
  const { reload } = me;
  const { refresh, pause } = code;
  const visible = useRef(false);

  const reloadAll = useCallback(() => Promise.all([reload(), refresh()]), [reload, refresh]);

  useDidShow(() => {
    visible.current = true;
    void reloadAll();
  });
  useDidHide(() => {
    visible.current = false;
    pause();
  });
  usePullDownRefresh(() => {
    void reloadAll().finally(() => Taro.stopPullDownRefresh());
  });

  return { me, code, reloadAll };
}
