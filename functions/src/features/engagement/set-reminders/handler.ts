import { reminderRequest } from '@app/shared';
import { appDeps, type AppDeps } from '../../../composition';
import { httpRoute } from '../../../http/route';
import { callerMember } from '../../../core/member-access';
import { retrying, RETRY } from '../../../core/retry';

/** The member's opt-in to the daily 签到提醒 (asked for on a tap in the mini-program). */
export const createHandler = (deps: () => AppDeps = appDeps) =>
  httpRoute(
    {
      access: ['member'],
      body: reminderRequest,
      run: async ({ principal, body }) =>
        retrying(async (attempt) => {
          const member =
            attempt === 0
              ? await callerMember(principal, deps())
              : (await deps().members.getById(principal.memberId!, true))!;
          const outcome = await deps().commit([
            ...deps().pointsAccounts.writes({ member, update: { fields: { checkinReminder: body.checkin } } }),
            ...deps().engagement.reminderWrites(member.memberId, 'checkin', body.checkin),
          ]);
          return outcome.ok ? { checkin: body.checkin } : RETRY;
        }),
    },
    deps,
  );

export const handler = createHandler();
