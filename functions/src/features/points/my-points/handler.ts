import { pointsHistoryQuery, type LedgerEntryView } from '@app/shared';
import { appDeps, type AppDeps } from '../../../composition';
import { httpRoute } from '../../../http/route';
import { callerMember } from '../../../core/member-access';
import { toLedgerEntryView } from '../ledger-view';

/** The member's points history, newest first, optionally of some types only. */
export const createHandler = (deps: () => AppDeps = appDeps) =>
  httpRoute(
    {
      access: ['member'],
      query: pointsHistoryQuery,
      run: async ({ principal, query, now }) => {
        const [member, settings] = await Promise.all([callerMember(principal, deps()), deps().programAt(now)]);
        const page = await deps().pointsAccounts.ledger(member.memberId, {
          limit: query.limit,
          cursor: query.cursor,
          types: query.type,
        });
        const items: LedgerEntryView[] = page.items.map((entry) => toLedgerEntryView(entry, settings.timezone));
        return { items, nextCursor: page.nextCursor };
      },
    },
    deps,
  );

export const handler = createHandler();
