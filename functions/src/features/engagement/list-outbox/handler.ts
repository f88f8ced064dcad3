import { businessDateOf, outboxQuery } from '@app/shared';
import { appDeps, type AppDeps } from '../../../composition';
import { httpRoute } from '../../../http/route';

/** Notifications written for members on a day (today by default): what a sender would deliver. */
export const createHandler = (deps: () => AppDeps = appDeps) =>
  httpRoute(
    {
      access: ['marketer'],
      query: outboxQuery,
      run: async ({ query, now }) => {
        const settings = await deps().programAt(now);
        const date = query.date ?? businessDateOf(now, settings.timezone);
        return { date, ...(await deps().engagement.outbox(date, query.limit, query.cursor)) };
      },
    },
    deps,
  );

export const handler = createHandler();
