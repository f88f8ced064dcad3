import type { MemberCodeResponse } from '@app/shared';
import { useCallback, useEffect, useRef, useState } from 'react';
import { type ApiError, toApiError } from '../../../lib/api-error';
import { getMemberCode } from '../api/member';
import { MIN_REFRESH_MS, refreshDelay, secondsLeft } from './code-timing';

export interface MemberCodeState<T extends MemberCodeResponse = MemberCodeResponse> {
  code: T | null;
  error: ApiError | null;
  loading: boolean;
  /** Seconds until the current code expires (ticks every second). */
  secondsLeft: number;
  /** Seconds until the next code is fetched (the visible "xx 秒后自动刷新"). */
  refreshIn: number;
  refresh: () => Promise<void>;
  /** Stops timers while the page is hidden; `refresh()` starts them again. */
  pause: () => void;
}

/**
 * Keeps a valid member code on screen: fetches one, counts down and fetches the next one when the server
 * says to (`refreshAfter`), before the old one expires. Network and server failures are retried every 5 s.
 */
export function useMemberCode<T extends MemberCodeResponse = MemberCodeResponse>(
  fetchCode: () => Promise<T> = getMemberCode as () => Promise<T>,
): MemberCodeState<T> {
  const [code, setCode] = useState<T | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [loading, setLoading] = useState(false);
  const [now, setNow] = useState(() => Date.now());
  const refreshTimer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const call = useRef(0);
  const alive = useRef(true);

  const clearRefresh = useCallback(() => {
    if (refreshTimer.current) clearTimeout(refreshTimer.current);
    refreshTimer.current = null;
  }, []);

  const refresh = useCallback(async () => {
    const mine = ++call.current;
    clearRefresh();
    setLoading(true);
    try {
      const next = await fetchCode();
      if (!alive.current || mine !== call.current) return;
      setCode(next);
      setError(null);
      setNow(Date.now());
      refreshTimer.current = setTimeout(() => void refresh(), refreshDelay(next.refreshAfter, Date.now()));
    } catch (caught) {
      if (!alive.current || mine !== call.current) return;
      const error = toApiError(caught);
      setError(error);
      // A bad network or a server hiccup is retried on its own; other refusals wait for the member's tap.
      if (error.status === 0 || error.status >= 500)
        refreshTimer.current = setTimeout(() => void refresh(), MIN_REFRESH_MS);
    } finally {
      if (alive.current && mine === call.current) setLoading(false);
    }
  }, [clearRefresh, fetchCode]);

  const pause = useCallback(() => {
    call.current++;
    clearRefresh();
    setLoading(false);
  }, [clearRefresh]);

  // The visible countdown.
  useEffect(() => {
    if (!code) return undefined;
    const ticker = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(ticker);
  }, [code]);

  useEffect(() => {
    alive.current = true;
    return () => {
      alive.current = false;
      clearRefresh();
    };
  }, [clearRefresh]);

  return {
    code,
    error,
    loading,
    secondsLeft: code ? secondsLeft(code.expiresAt, now) : 0,
    refreshIn: code ? secondsLeft(code.refreshAfter, now) : 0,
    refresh,
    pause,
  };
}
