import Taro from '@tarojs/taro';
import type { CouponCenterEntry } from '@app/shared';
import { useCallback, useEffect, useRef, useState } from 'react';
import { toApiError, unknownOutcome } from '../../../lib/api-error';
import { newIdempotencyKey } from '../../../lib/idempotency';
import { usePageResource } from '../../../lib/use-page-resource';
import { claimCoupon, getCouponCenter } from '../api/coupons';
import { rememberCoupons } from '../coupon-cache';
import { centerState, claimErrorMessage } from '../coupon-words';

export interface ClaimState {
  pending: boolean;
  /** A try got no answer: the button says 重试领取 and sends the same key again. */
  canRetry: boolean;
  error: string | null;
}

const IDLE: ClaimState = { pending: false, canRetry: false, error: null };

/** The entry as it stands after one more coupon of it went to this member. */
function afterClaim(entry: CouponCenterEntry): CouponCenterEntry {
  const claimedByMe = entry.claimedByMe + 1;
  const remaining = entry.remaining === null ? null : Math.max(0, entry.remaining - 1);
  const reason = claimedByMe >= entry.perMemberLimit ? 'LIMIT_REACHED' : remaining === 0 ? 'STOCK_EXHAUSTED' : null;
  return { ...entry, claimedByMe, remaining, claimable: reason === null, reason };
}

/** The entry as a refusal describes it (the list is then read again for the server's own word). */
function afterRefusal(entry: CouponCenterEntry, code: string): CouponCenterEntry {
  if (code === 'STOCK_EXHAUSTED') return { ...entry, claimable: false, reason: code, remaining: 0 };
  if (code === 'LIMIT_REACHED' || code === 'CLAIM_WINDOW_CLOSED') return { ...entry, claimable: false, reason: code };
  return entry;
}

/**
 * 领券中心: the entries (read on show and pull-down) and 领取 for each. A claim's Idempotency-Key is made on the tap and
 * kept until the server answers: a try without an answer (network, 5xx, in progress) is repeated with it, so one tap
 * can never bring two coupons; the next claim of the same entry (a limit of 2) gets a new key. Success updates the
 * entry at once and says so in a toast; a refusal (已抢光, 已领取, 不在领取时间) is told and the list is read again.
 */
export function useCouponCenter() {
  const center = usePageResource(getCouponCenter);
  const [entries, setEntries] = useState<CouponCenterEntry[] | null>(null);
  const [claims, setClaims] = useState<Record<string, ClaimState>>({});
  const keys = useRef(new Map<string, string>());
  const busy = useRef(new Set<string>());
  const { reload } = center;

  useEffect(() => {
    if (center.data) setEntries(center.data);
  }, [center.data]);

  const setClaim = (campaignId: string, state: ClaimState) =>
    setClaims((current) => ({ ...current, [campaignId]: state }));
  const replace = (campaignId: string, change: (entry: CouponCenterEntry) => CouponCenterEntry) =>
    setEntries(
      (current) => current?.map((entry) => (entry.campaignId === campaignId ? change(entry) : entry)) ?? current,
    );

  const claim = useCallback(
    async (entry: CouponCenterEntry) => {
      const { campaignId } = entry;
      if (busy.current.has(campaignId) || centerState(entry).kind !== 'claimable') return;
      const key = keys.current.get(campaignId) ?? newIdempotencyKey('claim');
      keys.current.set(campaignId, key);
      busy.current.add(campaignId);
      setClaim(campaignId, { pending: true, canRetry: false, error: null });
      try {
        const { coupon } = await claimCoupon(campaignId, key);
        keys.current.delete(campaignId);
        rememberCoupons([coupon]);
        replace(campaignId, afterClaim);
        setClaim(campaignId, IDLE);
        void Taro.showToast({ title: '领取成功', icon: 'success', duration: 1800 });
      } catch (caught) {
        const error = toApiError(caught);
        const message = claimErrorMessage(error);
        if (unknownOutcome(error)) {
          setClaim(campaignId, { pending: false, canRetry: true, error: message });
        } else {
          keys.current.delete(campaignId);
          setClaim(campaignId, { pending: false, canRetry: false, error: error.status === 409 ? null : message });
          if (error.status === 409) {
            replace(campaignId, (current) => afterRefusal(current, error.code));
            void Taro.showToast({ title: message, icon: 'none', duration: 2500 });
            void reload();
          }
        }
      } finally {
        busy.current.delete(campaignId);
      }
    },
    [reload],
  );

  const claimState = (campaignId: string): ClaimState => claims[campaignId] ?? IDLE;

  return { entries, error: entries ? null : center.error, loading: center.loading, reload, claim, claimState };
}
