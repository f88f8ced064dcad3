import Taro from '@tarojs/taro';
import { useCallback, useState } from 'react';
import { ApiError, toApiError } from '../../../lib/api-error';
import { homeOf, relaunch } from '../../../lib/routes';
import { saveSession } from '../../../lib/session';
import { loginWithCode } from '../api/login';

export interface LoginState {
  /** The openid (demo) or 'wechat' currently logging in, for per-button spinners. */
  pending: string | null;
  error: ApiError | null;
  loginAsDemo: (openid: string) => Promise<void>;
  loginWithWechat: () => Promise<void>;
}

/** Logs in, keeps the token and opens the role's home: card (member), scan (staff), console (marketer). */
export function useLogin(referralCode?: string): LoginState {
  const [pending, setPending] = useState<string | null>(null);
  const [error, setError] = useState<ApiError | null>(null);

  const run = useCallback(
    async (key: string, getCode: () => Promise<string>, openid?: string) => {
      setPending(key);
      setError(null);
      try {
        const code = await getCode();
        const auth = await loginWithCode(referralCode ? { code, referralCode } : { code });
        saveSession(auth, openid);
        await relaunch(homeOf(auth.role));
      } catch (caught) {
        setError(toApiError(caught));
      } finally {
        setPending(null);
      }
    },
    [referralCode],
  );

  const loginAsDemo = useCallback((openid: string) => run(openid, async () => `dev:${openid}`, openid), [run]);
  const loginWithWechat = useCallback(
    () =>
      run('wechat', async () => {
        try {
          const { code } = await Taro.login();
          return code;
        } catch {
          throw new ApiError({ status: 0, code: 'WECHAT_LOGIN_FAILED', message: '微信登录失败，请稍后重试' });
        }
      }),
    [run],
  );

  return { pending, error, loginAsDemo, loginWithWechat };
}
