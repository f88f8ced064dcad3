import Taro from '@tarojs/taro';
import type { MeResponse } from '@app/shared';
import { useCallback, useState } from 'react';
import { toApiError } from '../../../lib/api-error';
import { bindPhone } from '../api/phone';

/** An 11-digit mainland mobile number (what the H5 demo form accepts). */
export const isMobileNumber = (value: string) => /^1\d{10}$/.test(value);

/** Binds the phone with a code; toasts the outcome and hands the new card to `onBound`. */
export function useBindPhone(onBound?: (me: MeResponse) => void) {
  const [binding, setBinding] = useState(false);
  const bind = useCallback(
    async (code: string) => {
      setBinding(true);
      try {
        const me = await bindPhone(code);
        void Taro.showToast({ title: '手机号已绑定', icon: 'success' });
        onBound?.(me);
        return true;
      } catch (caught) {
        void Taro.showToast({ title: toApiError(caught).message, icon: 'none', duration: 2500 });
        return false;
      } finally {
        setBinding(false);
      }
    },
    [onBound],
  );
  return { binding, bind };
}
