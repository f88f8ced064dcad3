import { DomainError, type StoreTopupRequest, type StoreTopupResponse } from '@app/shared';
import { TOPUP_RECEIPT_TAKEN, type TopupRecord } from '../../../adapters/dynamodb';
import type { AppDeps } from '../../../composition';
import { newIdFactory } from '../../../core/ids';
import { memberAtCounter } from '../../../core/member-at-counter';
import { retrying, RETRY } from '../../../core/retry';
import type { Principal } from '../../../http/route';
import { creditTopupWrites, type CreditDeps } from '../topup-credit';
import { topupTerms } from '../topup-terms';

type Deps = CreditDeps & Pick<AppDeps, 'memberCodes' | 'counterTickets' | 'commit' | 'audit'>;

/**
 * A top-up paid at the till: staff scan the member code (or send the scan's counter ticket) and enter the receipt number (unique per store). Credited at
 * once in one transaction with the receipt marker and the audit entry. The same request again answers the same
 * top-up; another top-up with the receipt is RECEIPT_DUPLICATE.
 */
export async function storeTopup(
  request: StoreTopupRequest,
  staff: Principal,
  nowMs: number,
  deps: Deps,
): Promise<StoreTopupResponse> {
  const storeId = staff.storeId!;
  const { member } = await memberAtCounter(request, staff, nowMs, deps);
  const settings = await deps.programAt(nowMs);
  const terms = await topupTerms(request, settings, deps);
  const at = new Date(nowMs).toISOString();
  const newId = newIdFactory();
  const topup: TopupRecord = {
    topupId: `TC${newId(nowMs)}`,
    memberId: member.memberId,
    memberNo: member.memberNo,
    nickname: member.nickname,
    channel: 'counter',
    storeId,
    receiptNo: request.receiptNo,
    ...terms,
    status: 'paid',
    lotId: null,
    giftLotId: null,
    giftCouponIds: [],
    createdAt: at,
    paidAt: at,
    businessDate: null,
    refund: null,
    by: staff.openid,
  };
  return retrying(async (attempt) => {
    const by = { kind: 'staff' as const, id: staff.openid, storeId };
    const scanned = attempt === 0 ? member : undefined;
    const credited = await creditTopupWrites(topup, { nowMs, by, expectedStatus: null, scanned }, deps);
    const outcome = await deps.commit([
      deps.topups.receiptMarkerWrite(storeId, request.receiptNo, topup.topupId),
      ...credited.writes,
      deps.audit.write({
        auditId: newId(nowMs),
        at,
        actor: `staff:${staff.openid}`,
        action: 'wallet.topup.counter',
        target: { kind: 'member', id: member.memberId },
        after: {
          topupId: topup.topupId,
          storeId,
          receiptNo: request.receiptNo,
          payFen: terms.payFen,
          bonusFen: terms.bonusFen,
        },
      }),
    ]);
    const answer = {
      topupId: topup.topupId,
      memberId: member.memberId,
      payFen: terms.payFen,
      bonusFen: terms.bonusFen,
    };
    if (outcome.ok) return { ...answer, balanceFen: credited.balanceFen };
    if ('failed' in outcome && outcome.failed.includes(TOPUP_RECEIPT_TAKEN))
      return sameOrDuplicate(storeId, request.receiptNo, answer, deps);
    return RETRY;
  });
}

async function sameOrDuplicate(
  storeId: string,
  receiptNo: string,
  wanted: { memberId: string; payFen: number; bonusFen: number },
  deps: Deps,
): Promise<StoreTopupResponse> {
  const topupId = await deps.topups.topupIdForReceipt(storeId, receiptNo);
  const existing = topupId ? await deps.topups.get(topupId) : undefined;
  if (existing && existing.memberId === wanted.memberId && existing.payFen === wanted.payFen) {
    const member = await deps.members.getById(existing.memberId);
    return {
      topupId: existing.topupId,
      memberId: existing.memberId,
      payFen: existing.payFen,
      bonusFen: existing.bonusFen,
      balanceFen: member ? member.walletPrincipalFen + member.walletBonusFen : 0,
    };
  }
  throw new DomainError('RECEIPT_DUPLICATE', `小票号 ${receiptNo} 已登记过其他充值`);
}
