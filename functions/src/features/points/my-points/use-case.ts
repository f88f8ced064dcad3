import type { LedgerEntryView, pointsHistoryQuery } from '@app/shared';
import type * as z from 'zod';
import type { AppDeps } from '../../../composition';
import type { Principal } from '../../../http/route';
import { callerMember } from '../../../core/member-access';
import { toLedgerEntryView } from '../ledger-view';

/** The member's points history, newest first, optionally of some types only. */
export async function myPoints(
  principal: Principal,
  query: z.infer<typeof pointsHistoryQuery>,
  now: number,
  deps: Pick<AppDeps, 'members' | 'programAt' | 'pointsAccounts'>,
) {
  const [member, settings] = await Promise.all([callerMember(principal, deps), deps.programAt(now)]);
  const page = await deps.pointsAccounts.ledger(member.memberId, {
    limit: query.limit,
    cursor: query.cursor,
    types: query.type,
  });
  const items: LedgerEntryView[] = page.items.map((entry) => toLedgerEntryView(entry, settings.timezone));
  return { items, nextCursor: page.nextCursor };
}
