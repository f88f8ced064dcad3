import { useEffect, useRef } from 'react';
import type { StoreScanState } from '../../store-scan/hooks/use-store-scan';
import type { MemberAtCounter } from '../../purchase/purchase-form';

/**
 * The member of a counter action other than a purchase (充值): looked up once with the scan page's ticket (or the
 * code), shown at once; the action then names the member by the ticket the lookup gave (valid 5 minutes).
 */
export function useCounterMember(
  code: string,
  initialTicket: string | null,
  scan: Pick<StoreScanState, 'result' | 'lookup'>,
): {
  member: Extract<NonNullable<StoreScanState['result']>, { kind: 'member' }>['member'] | null;
  who: MemberAtCounter | null;
} {
  const { lookup } = scan;
  const first = useRef(initialTicket ?? code);
  useEffect(() => {
    if (first.current) void lookup(first.current);
  }, [lookup]);
  const answer = scan.result?.kind === 'member' ? scan.result : null;
  const ticket = answer?.counterTicket ?? initialTicket;
  return {
    member: answer?.member ?? null,
    who: ticket ? { counterTicket: ticket } : code ? { memberCode: code } : null,
  };
}
