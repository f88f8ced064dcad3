import type { ScanResponse } from '@app/shared';
import { useCallback, useEffect, useRef, useState } from 'react';
import { couponUseAt } from '../counter-coupon';

export interface ChosenCoupon {
  couponId: string;
  memberId: string;
  title: string;
  /** Chosen by scanning the coupon's own code (rather than tapped in the member's list). */
  fromCouponCode: boolean;
}

/**
 * The coupon to use in the next 记录消费 at the scan page. Scanning a usable coupon code chooses it; the member's
 * code is scanned next (a purchase needs it) and, when it is the same member, 记录消费 opens with the coupon picked.
 * A member's code of someone else lets it go and says so. Tapping a coupon in a member's list chooses it too.
 */
export function useCounterCoupon(result: ScanResponse | null, storeId: string | null | undefined) {
  const [chosen, setChosen] = useState<ChosenCoupon | null>(null);
  const [mismatch, setMismatch] = useState(false);
  const chosenRef = useRef(chosen);
  chosenRef.current = chosen;

  useEffect(() => {
    if (!result) return;
    const current = chosenRef.current;
    if (result.kind === 'coupon') {
      setMismatch(false);
      const usable = couponUseAt(result.coupon, storeId).ok;
      setChosen(
        usable
          ? {
              couponId: result.coupon.couponId,
              memberId: result.member.memberId,
              title: result.coupon.title,
              fromCouponCode: true,
            }
          : null,
      );
    } else if (result.kind === 'member') {
      const other = !!current && current.memberId !== result.member.memberId;
      setMismatch(other && !!current?.fromCouponCode);
      if (other) setChosen(null);
    } else {
      setMismatch(false);
      setChosen(null);
    }
  }, [result, storeId]);

  const choose = useCallback((next: ChosenCoupon | null) => {
    setMismatch(false);
    setChosen(next);
  }, []);

  const clear = useCallback(() => {
    setMismatch(false);
    setChosen(null);
  }, []);

  return { chosen, mismatch, choose, clear };
}
