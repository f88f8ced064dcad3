import Taro from '@tarojs/taro';
import type { CouponCenterEntry } from '@app/shared';
import { useCallback, useEffect, useState } from 'react';
import { useOnceOnlyEach } from '../../../lib/use-once-only';
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
  const once = useOnceOnlyEach('claim');
  const { isBusy, submit: sendOnce } = once;
  const { reload } = center;

  useEffect(() => {
    if (center.data) setEntries(center.data);
  }, [center.data]);

  const replace = useCallback(
    (campaignId: string, change: (entry: CouponCenterEntry) => CouponCenterEntry) =>
      setEntries(
        (current) => current?.map((entry) => (entry.campaignId === campaignId ? change(entry) : entry)) ?? current,
      ),
    [],
  );

  const claim = useCallback(
    async (entry: CouponCenterEntry) => {
      const { campaignId } = entry;
      if (isBusy(campaignId) || centerState(entry).kind !== 'claimable') return;
      // One tap is one claim: its key is kept only while its tries go unanswered.
      const outcome = await sendOnce(campaignId, campaignId, (key) => claimCoupon(campaignId, key));
      if (outcome.kind === 'done') {
        rememberCoupons([outcome.value.coupon]);
        replace(campaignId, afterClaim);
        void Taro.showToast({ title: '领取成功', icon: 'success', duration: 1800 });
      } else if (outcome.kind === 'refused' && outcome.error.status === 409) {
        const { error } = outcome;
        replace(campaignId, (current) => afterRefusal(current, error.code));
        void Taro.showToast({ title: claimErrorMessage(error), icon: 'none', duration: 2500 });
        void reload();
      }
    },
    [isBusy, reload, replace, sendOnce],
  );

  /** A refusal of a claim (409) is told in a toast and by the entry itself; anything else stays under the button. */
  const claimState = (campaignId: string): ClaimState => {
    const { pending, canRetry, error } = once.stateOf(campaignId);
    const shown = error && (canRetry || error.status !== 409) ? claimErrorMessage(error) : null;
    return { pending, canRetry, error: shown };
  };

  return { entries, error: entries ? null : center.error, loading: center.loading, reload, claim, claimState };
}
