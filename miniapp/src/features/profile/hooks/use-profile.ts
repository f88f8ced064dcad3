import Taro, { useDidShow } from '@tarojs/taro';
import type { MeResponse } from '@app/shared';
import { useCallback, useState } from 'react';
import { toApiError } from '../../../lib/api-error';
import { useResource } from '../../../lib/use-resource';
import { getMe, updateMe } from '../api/profile';

export const BIRTHDAY_WARNING = '生日设置后不可修改，将用于发放生日礼';

/** The profile tab's data and its two edits. Edits answer the new card, which replaces what is shown. */
export function useProfile() {
  const me = useResource(getMe, { immediate: false });
  const [current, setCurrent] = useState<MeResponse | null>(null);
  const [saving, setSaving] = useState<'nickname' | 'birthday' | null>(null);
  const shown = current && me.data && current.memberId === me.data.memberId ? current : me.data;

  useDidShow(() => {
    setCurrent(null);
    void me.reload();
  });

  const save = useCallback(async (field: 'nickname' | 'birthday', body: { nickname?: string; birthday?: string }) => {
    setSaving(field);
    try {
      setCurrent(await updateMe(body));
      void Taro.showToast({ title: '已保存', icon: 'success' });
      return true;
    } catch (caught) {
      void Taro.showToast({ title: toApiError(caught).message, icon: 'none', duration: 2500 });
      return false;
    } finally {
      setSaving(null);
    }
  }, []);

  const saveNickname = useCallback((nickname: string) => save('nickname', { nickname }), [save]);

  /** Asks for confirmation first: a birthday cannot be changed once saved. */
  const saveBirthday = useCallback(
    async (birthday: string) => {
      const { confirm } = await Taro.showModal({
        title: `确认生日为 ${birthday}？`,
        content: BIRTHDAY_WARNING,
        confirmText: '确认设置',
        cancelText: '再想想',
        confirmColor: '#6f4e37',
      });
      if (!confirm) return false;
      return save('birthday', { birthday });
    },
    [save],
  );

  return { me, member: shown, saving, saveNickname, saveBirthday };
}
