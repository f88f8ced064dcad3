import Taro from '@tarojs/taro';
import { useCallback, useState } from 'react';
import { isWeapp } from '../../../config/env';
import { ApiError, toApiError } from '../../../lib/api-error';
import { relaunch, routes } from '../../../lib/routes';
import { saveSession } from '../../../lib/session';
import { acceptInvitation } from '../api/invitations';

/** A fresh demo openid for the H5 build of the local stage, which has no WeChat login. */
const demoOpenid = () => `staff-new-${Math.floor(Math.random() * 36 ** 6).toString(36)}`;

/**
 * 加入门店: the employee's WeChat login code (in H5 of the local stage, a new demo identity) goes with the invitation;
 * the answer is a staff session at the invitation's store, and the counter opens.
 */
export function useJoin(invitation: string) {
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);

  const join = useCallback(async () => {
    setPending(true);
    setError(null);
    try {
      const openid = isWeapp ? undefined : demoOpenid();
      const code = openid ? `dev:${openid}` : await wechatCode();
      saveSession(await acceptInvitation({ code, invitation }), openid);
      await relaunch(routes.storeScan);
    } catch (caught) {
      setError(toApiError(caught));
    } finally {
      setPending(false);
    }
  }, [invitation]);

  return { pending, error, join };
}

async function wechatCode(): Promise<string> {
  try {
    return (await Taro.login()).code;
  } catch {
    throw new ApiError({ status: 0, code: 'WECHAT_LOGIN_FAILED', message: '微信登录失败，请稍后重试' });
  }
}
