import Taro, { useRouter } from '@tarojs/taro';
import { useEffect, useMemo, useRef, useState } from 'react';
import { isWeapp } from '../../../config/env';
import type { StoreScanState } from '../../store-scan/hooks/use-store-scan';
import { usePurchase } from './use-purchase';

/** The member code the scan page handed over (`?code=`), with spaces removed. */
export function useMemberCodeParam(): string {
  const { params } = useRouter();
  return decodeURIComponent(params.code ?? '').replace(/\s+/g, '');
}

/** The ticket the scan page's lookup gave (`?ticket=`): it holds the member for 5 minutes, the code only for 60 s. */
export function useTicketParam(): string | null {
  const { params } = useRouter();
  return decodeURIComponent(params.ticket ?? '') || null;
}

/** The coupon picked on the scan page (`?coupon=`: a tapped coupon of the member, or a scanned coupon code), or null. */
export function useCouponParam(): string | null {
  const { params } = useRouter();
  return decodeURIComponent(params.coupon ?? '') || null;
}

/**
 * Ties the purchase flow to a member lookup (`scan`, which does not use the code up): the member and the coupons
 * they can use here are shown at once, looked up again for a fresh code, and once more after the purchase so the
 * new balance and level show. The lookup gives the counter a ticket valid 5 minutes, which preview and purchase
 * then send instead of the 60-second code. A coupon picked on the scan page starts picked.
 */
export function usePurchasePage(
  initialCode: string,
  scan: Pick<StoreScanState, 'result' | 'lookup' | 'code'>,
  initialCouponId: string | null = null,
  initialTicket: string | null = null,
) {
  const flow = usePurchase(initialCode, initialCouponId, initialTicket);
  const { lookup } = scan;
  const { memberCode, ticket, holdTicket, result, selectCoupon } = flow;
  const ticketNow = useRef(ticket);
  ticketNow.current = ticket;

  // A new code is looked up; the first lookup uses the scan page's ticket when there is one (the code may be gone).
  useEffect(() => {
    if (memberCode) void lookup(ticketNow.current ?? memberCode);
  }, [memberCode, lookup]);

  const lookedUp = scan.code;
  const answeredTicket = scan.result?.kind === 'member' ? scan.result.counterTicket : null;
  useEffect(() => {
    if (answeredTicket && (lookedUp === memberCode || lookedUp === ticketNow.current)) holdTicket(answeredTicket);
  }, [answeredTicket, lookedUp, memberCode, holdTicket]);

  // After the purchase, once: the lookup answers with the new points and level (and its name).
  const recorded = !!result;
  useEffect(() => {
    if (recorded) void lookup(ticketNow.current ?? memberCode);
  }, [recorded, lookup, memberCode]);

  const scanned = scan.result?.kind === 'member' ? scan.result.member : null;
  /** The member's coupons usable at this store now (before the amount is known), ending soonest first. */
  const coupons = useMemo(() => (scan.result?.kind === 'member' ? scan.result.coupons : []), [scan.result]);

  // A coupon handed over by the scan page that the member's list does not have (used or expired since) is let go.
  const [couponGone, setCouponGone] = useState(false);
  const pickedId = flow.draft.couponId;
  useEffect(() => {
    if (
      result ||
      !scanned ||
      !pickedId ||
      pickedId !== initialCouponId ||
      coupons.some((coupon) => coupon.couponId === pickedId)
    )
      return;
    setCouponGone(true);
    selectCoupon(null);
  }, [result, scanned, coupons, pickedId, initialCouponId, selectCoupon]);

  /** 重新扫码 (camera only); a cancelled scan changes nothing. */
  const rescan = async () => {
    if (!isWeapp) return;
    try {
      const { result: code } = await Taro.scanCode({ onlyFromCamera: true, scanType: ['qrCode', 'barCode'] });
      flow.replaceCode(code);
    } catch {
      // cancelled
    }
  };

  return { flow, scanned, coupons, couponGone, rescan };
}
