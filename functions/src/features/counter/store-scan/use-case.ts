import {
  DomainError,
  isCouponCode,
  isCouponDigitsShape,
  isPickupCode,
  planActiveAt,
  type ProgramSettings,
  type ScanResponse,
} from '@app/shared';
import type { CouponRecord, MemberRecord } from '../../../adapters/dynamodb';
import { couponCodeRefusal, couponFromDigits } from '../../coupons/coupon-digits';
import type { AppDeps } from '../../../composition';
import { usableCoupons } from '../../coupons/counter';
import { storesNamedBy, toCouponView } from '../../coupons/views';
import { scanPickupCode } from '../../mall/pickup';
import { scannedMemberOf } from '../../../core/member-access';
import { counterScan, isCounterTicket, scannedMember } from '../../../core/member-at-counter';
import type { Principal } from '../../../http/route';
import { storeNamesOf } from '../../../core/store-names';
import { toCardView } from '../../plans/views';

type Deps = Pick<
  AppDeps,
  | 'memberCodes'
  | 'couponCodes'
  | 'counterTickets'
  | 'members'
  | 'programAt'
  | 'pointsAccounts'
  | 'mall'
  | 'coupons'
  | 'stores'
>;

/**
 * What staff see after scanning: a member code (35 digits), a mall pickup code (8 digits) or a coupon code
 * (`CPN.…` from its QR, or the 31 digits printed under it). Looking up does not consume anything: only a purchase uses a member code or a coupon. A member code
 * gives the counter a ticket that holds the scan for 5 minutes (core/member-at-counter); the counter may look the
 * member up again with that ticket (after a purchase, say) and gets the same ticket back.
 */
export async function scanCode(code: string, staff: Principal, nowMs: number, deps: Deps): Promise<ScanResponse> {
  const storeId = staff.storeId!;
  const compact = code.replace(/\s+/g, '');
  if (isPickupCode(compact)) return scanPickupCode(compact, nowMs, deps);
  if (isCouponCode(compact)) return scanCouponCode(compact, nowMs, deps);
  if (isCouponDigitsShape(compact)) {
    const [{ coupon, member }, settings] = await Promise.all([
      couponFromDigits(compact, nowMs, deps),
      deps.programAt(nowMs),
    ]);
    return scannedCoupon(coupon, member, settings, nowMs, deps);
  }
  const at = isCounterTicket(compact) ? { counterTicket: compact } : { memberCode: code };
  const scan = counterScan(at, staff, nowMs, deps, 'code');
  // One read: the member, its coupons and its cards share its memberNo partition of the index.
  const [holdings, settings] = await Promise.all([deps.members.atCounter(scan.claims.memberNo), deps.programAt(nowMs)]);
  const { member, punchCards, coupons: held } = scannedMember(holdings);
  const summary = scannedMemberOf(member, settings, nowMs);
  const coupons = usableCoupons(held, member.memberId, storeId, nowMs);
  const storeNames = await storeNamesOf(coupons.flatMap(storesNamedBy), deps);
  return {
    kind: 'member',
    member: summary,
    coupons: coupons.map((coupon) => toCouponView(coupon, nowMs, storeNames)),
    counterTicket: scan.ticket.ticket,
    counterTicketExpiresAt: new Date(scan.ticket.expiresAtMs).toISOString(),
    paidPlan: planActiveAt(member.paidPlan, nowMs) ? member.paidPlan : null,
    punchCards: punchCards.map((card) => toCardView(card, nowMs)).filter((card) => card.status === 'active'),
  };
}

async function scanCouponCode(code: string, nowMs: number, deps: Deps): Promise<ScanResponse> {
  const check = deps.couponCodes.check(code, nowMs);
  if (!check.ok) {
    if (check.reason === 'MALFORMED')
      throw new DomainError('VALIDATION_FAILED', '无法识别的券码', {
        issues: [{ path: 'body.code', message: 'not a coupon code' }],
      });
    throw couponCodeRefusal(check.reason);
  }
  const [coupon, member, settings] = await Promise.all([
    deps.coupons.coupon(check.claims.memberId, check.claims.couponId),
    deps.members.getById(check.claims.memberId),
    deps.programAt(nowMs),
  ]);
  if (!coupon || !member) throw new DomainError('NOT_FOUND', '优惠券不存在');
  return scannedCoupon(coupon, member, settings, nowMs, deps);
}

async function scannedCoupon(
  coupon: CouponRecord,
  member: MemberRecord,
  settings: ProgramSettings,
  nowMs: number,
  deps: Deps,
): Promise<ScanResponse> {
  return {
    kind: 'coupon',
    coupon: toCouponView(coupon, nowMs, await storeNamesOf(storesNamedBy(coupon), deps)),
    member: scannedMemberOf(member, settings, nowMs),
  };
}
