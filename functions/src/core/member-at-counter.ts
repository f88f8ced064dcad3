import { DomainError, type MemberCodeClaims } from '@app/shared';
import type { MemberRecord } from '../adapters/dynamodb';
import type { AppDeps } from '../composition';
import type { Principal } from '../http/route';
import { COUNTER_TICKET_PREFIX } from '../security/counter-ticket-signer';
import { memberFromCode } from './member-code';

/** How the counter names the member: the code as scanned (integrations), or the ticket its scan gave (the counter). */
export interface AtCounter {
  memberCode?: string;
  counterTicket?: string;
}

export interface MemberAtCounter {
  /** The member code's claims: what a purchase consumes (one code, one purchase), whichever of the two was sent. */
  claims: MemberCodeClaims;
  member: MemberRecord;
  /** The ticket that holds this scan (the one sent, or a new one for a code) and when it runs out. */
  ticket: { ticket: string; expiresAtMs: number };
}

type Deps = Pick<AppDeps, 'memberCodes' | 'counterTickets' | 'members'>;

export const isCounterTicket = (text: string) => text.trim().startsWith(COUNTER_TICKET_PREFIX);

/**
 * The member at the counter, from a member code (valid 60 s) or from a counter ticket (valid 5 minutes from the
 * scan, for the store and staff account that scanned). Scan, preview, purchase, top-up and card use all ask here.
 */
export async function memberAtCounter(
  from: AtCounter,
  staff: Principal,
  nowMs: number,
  deps: Deps,
  field = 'memberCode',
): Promise<MemberAtCounter> {
  if (from.memberCode !== undefined) {
    const { claims, member } = await memberFromCode(from.memberCode, nowMs, deps, field);
    const ticket = deps.counterTickets.issue({ storeId: staff.storeId!, staff: staff.openid, code: claims }, nowMs);
    return { claims, member, ticket };
  }
  const ticket = (from.counterTicket ?? '').trim();
  const check = deps.counterTickets.check(ticket, nowMs);
  if (!check.ok) {
    if (check.reason === 'MALFORMED')
      throw new DomainError('VALIDATION_FAILED', '无法识别的扫码凭证', {
        issues: [{ path: 'body.counterTicket', message: 'not a counter ticket' }],
      });
    throw check.reason === 'CODE_EXPIRED'
      ? new DomainError('CODE_EXPIRED', '扫码已超过 5 分钟，请让顾客重新出示会员码')
      : new DomainError('CODE_INVALID');
  }
  const { storeId, staff: scannedBy, code, expiresAtSeconds } = check.claims;
  if (storeId !== staff.storeId || scannedBy !== staff.openid)
    throw new DomainError('CODE_INVALID', '该会员码不是在本门店、由本账号扫描的，请让顾客重新出示');
  const member = await deps.members.getByMemberNo(code.memberNo);
  if (!member) throw new DomainError('CODE_INVALID', '会员码对应的会员不存在');
  return { claims: code, member, ticket: { ticket, expiresAtMs: expiresAtSeconds * 1000 } };
}
