import Taro, { useDidHide, useDidShow, usePullDownRefresh, useRouter } from '@tarojs/taro';
import type { CouponView } from '@app/shared';
import { useCallback, useEffect, useRef, useState } from 'react';
import { type ApiError, toApiError } from '../../../lib/api-error';
import { useMemberCode } from '../../member-card/hooks/use-member-code';
import { getCouponCode, getMyCoupons } from '../api/coupons';
import { recentCoupon, rememberCoupons } from '../coupon-cache';
import { notStartedYet } from '../coupon-words';

/** `?couponId=` of the coupon page. */
export function useCouponParams(): string {
  const { params } = useRouter();
  return decodeURIComponent(params.couponId ?? '');
}

/** Pages of one status read while looking a coupon up (there is no single-coupon route). */
const MAX_PAGES = 5;

/** A coupon of the member's wallet by id: among the usable ones first (the usual case), then among all; null if none. */
export async function findMyCoupon(couponId: string): Promise<CouponView | null> {
  for (const status of ['available', null] as const) {
    let cursor: string | null = null;
    for (let page = 0; page < MAX_PAGES; page++) {
      const answer = await getMyCoupons({ status, cursor, limit: 50 });
      rememberCoupons(answer.items);
      const found = answer.items.find((coupon) => coupon.couponId === couponId);
      if (found) return found;
      if (!answer.nextCursor) break;
      cursor = answer.nextCursor;
    }
  }
  return null;
}

/**
 * One coupon and, while it can be used, its code: shown at once from what the wallet read, read again on every show
 * and on pull-down. The code is fetched when the coupon is usable and refreshed like the member code (at
 * `refreshAfter`, after network failures, on show; paused while hidden). A code the server refuses (the coupon was
 * used at a counter meanwhile) makes the page read the coupon again, which then says 已使用.
 */
export function useCoupon(couponId: string) {
  const [coupon, setCoupon] = useState<CouponView | null>(() => recentCoupon(couponId));
  const [error, setError] = useState<ApiError | null>(null);
  const [missing, setMissing] = useState(false);
  const [now, setNow] = useState(() => Date.now());
  const visible = useRef(true);
  const shownOnce = useRef(false);

  const load = useCallback(async () => {
    if (!couponId) {
      setMissing(true);
      return;
    }
    try {
      const found = await findMyCoupon(couponId);
      setNow(Date.now());
      setError(null);
      if (found) setCoupon(found);
      setMissing(!found);
    } catch (caught) {
      setError(toApiError(caught));
    }
  }, [couponId]);

  const fetchCode = useCallback(() => getCouponCode(couponId), [couponId]);
  const code = useMemberCode(fetchCode);
  const { refresh: refreshCode, pause: pauseCode } = code;
  const usable =
    !!coupon && coupon.status === 'available' && !notStartedYet(coupon, now) && Date.parse(coupon.validUntil) > now;

  useEffect(() => {
    if (usable && visible.current) void refreshCode();
    else pauseCode();
  }, [usable, refreshCode, pauseCode]);

  useDidShow(() => {
    visible.current = true;
    void load();
    if (shownOnce.current && usable) void refreshCode();
    shownOnce.current = true;
  });
  useDidHide(() => {
    visible.current = false;
    pauseCode();
  });
  usePullDownRefresh(() => {
    void Promise.all([load(), usable ? refreshCode() : Promise.resolve()]).finally(() => Taro.stopPullDownRefresh());
  });

  // 409/404 for the code: the coupon is no longer usable (used, revoked, expired) — learn its new state.
  const refused = !!code.error && (code.error.status === 409 || code.error.status === 404);
  useEffect(() => {
    if (refused) void load();
  }, [refused, load]);

  return { coupon, error: coupon ? null : error, missing: missing && !coupon, usable, code, reload: load };
}
