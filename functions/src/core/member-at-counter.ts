import { DomainError, type MemberCodeClaims } from '@app/shared';
import type { MemberRecord } from '../adapters/dynamodb';
import type { AppDeps } from '../composition';
import type { Principal } from '../http/route';
import { COUNTER_TICKET_PREFIX } from '../security/counter-ticket-signer';

/** How the counter names the member: the code as scanned (integrations), or the ticket its scan gave (the counter). */
export interface AtCounter {
  memberCode?: string;
  counterTicket?: string;
}

/** A scan held by the counter: who it names, read nothing yet. */
export interface CounterScan {
  /** The member code's claims: what a purchase consumes (one code, one purchase), whichever of the two was sent. */
  claims: MemberCodeClaims;
  /** The ticket that holds this scan (the one sent, or a new one for a code) and when it runs out. */
  ticket: { ticket: string; expiresAtMs: number };
}

export interface MemberAtCounter extends CounterScan {
  member: MemberRecord;
}

type ScanDeps = Pick<AppDeps, 'memberCodes' | 'counterTickets'>;

export const isCounterTicket = (text: string) => text.trim().startsWith(COUNTER_TICKET_PREFIX);

/**
 * The member at the counter, from a member code (valid 60 s) or from a counter ticket (valid 5 minutes from the
 * scan, for the store and staff account that scanned). Preview, purchase, top-up and card use all ask here.
 */
export async function memberAtCounter(
  from: AtCounter,
  staff: Principal,
  nowMs: number,
  deps: ScanDeps & Pick<AppDeps, 'members'>,
  field = 'memberCode',
): Promise<MemberAtCounter> {
  const scan = counterScan(from, staff, nowMs, deps, field);
  return { ...scan, member: scannedMember(await deps.members.getByMemberNo(scan.claims.memberNo)) };
}

/** Checks what the counter sent (a code, or a ticket of this store and staff account) without reading anything. */
export function counterScan(
  from: AtCounter,
  staff: Principal,
  nowMs: number,
  deps: ScanDeps,
  field: string,
): CounterScan {
  if (from.memberCode !== undefined) {
    const claims = memberCodeClaims(from.memberCode, nowMs, deps, field);
    const ticket = deps.counterTickets.issue({ storeId: staff.storeId!, staff: staff.openid, code: claims }, nowMs);
    return { claims, ticket };
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
  return { claims: code, ticket: { ticket, expiresAtMs: expiresAtSeconds * 1000 } };
}

/** The member a valid code or ticket names; a code of a member who no longer exists is refused like a bad code. */
export function scannedMember<T>(found: T | undefined): T {
  if (!found) throw new DomainError('CODE_INVALID', '会员码对应的会员不存在');
  return found;
}

/** A scanned member code, checked (400 naming `field` when it is no code at all). */
function memberCodeClaims(code: string, nowMs: number, deps: ScanDeps, field: string): MemberCodeClaims {
  const check = deps.memberCodes.check(code.replace(/\s+/g, ''), nowMs);
  if (check.ok) return check.claims;
  if (check.reason === 'MALFORMED')
    throw new DomainError('VALIDATION_FAILED', '无法识别的会员码', {
      issues: [{ path: `body.${field}`, message: 'not a member code' }],
    });
  throw new DomainError(check.reason);
}
