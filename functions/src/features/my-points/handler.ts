import { formatInZone, pointsHistoryQuery, type LedgerEntryView } from '@app/shared';
import { appDeps, type AppDeps } from '../../composition';
import { httpRoute } from '../../http/route';
import { callerMember } from '../member-access';

/** The member's points history, newest first, optionally of some types only. */
export const createHandler = (deps: () => AppDeps = appDeps) =>
  httpRoute(
    {
      access: ['member'],
      query: pointsHistoryQuery,
      run: async ({ principal, query, now }) => {
        const [member, settings] = await Promise.all([callerMember(principal, deps()), deps().programAt(now)]);
        const page = await deps().pointsAccounts.ledger(member.memberId, { limit: query.limit, cursor: query.cursor, types: query.type });
        const zone = settings.timezone;
        const items: LedgerEntryView[] = page.items.map((entry) => ({
          id: entry.entryId,
          type: entry.type,
          points: entry.points,
          growth: entry.growth,
          balanceAfter: entry.balanceAfter,
          reason: entry.reason,
          reasonCode: entry.reasonCode,
          ref: entry.ref,
          at: formatInZone(Date.parse(entry.at), zone),
          ...(entry.expiresAt !== undefined ? { expiresAt: entry.expiresAt && formatInZone(Date.parse(entry.expiresAt), zone) } : {}),
        }));
        return { items, nextCursor: page.nextCursor };
      },
    },
    deps,
  );

export const handler = createHandler();
