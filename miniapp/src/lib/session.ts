import Taro from '@tarojs/taro';
import type { AuthResponse, Role } from '@app/shared';

/** What the app keeps after logging in. Stored in Taro storage (localStorage in H5). */
export interface Session {
  token: string;
  expiresAt: string;
  role: Role;
  memberId?: string;
  storeId?: string;
  /** Staff: their store's name (sessions saved before it was sent have only the id). */
  storeName?: string;
  /** Known only for demo logins (H5 local stage), shown on staff and marketer screens. */
  openid?: string;
}

const KEY = 'hyk.session';

export function saveSession(auth: AuthResponse, openid?: string): Session {
  const session: Session = { ...auth, ...(openid ? { openid } : {}) };
  Taro.setStorageSync(KEY, session);
  return session;
}

/** The stored session, or null when there is none or it has expired. */
export function loadSession(now = Date.now()): Session | null {
  const stored = Taro.getStorageSync(KEY) as Session | '' | undefined;
  if (!stored || typeof stored !== 'object' || typeof stored.token !== 'string') return null;
  const expires = Date.parse(stored.expiresAt);
  if (Number.isFinite(expires) && expires <= now) return null;
  return stored;
}

export function clearSession(): void {
  Taro.removeStorageSync(KEY);
}
