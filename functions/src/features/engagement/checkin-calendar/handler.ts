import { calendarQuery } from '@app/shared';
import { appDeps, type AppDeps } from '../../../composition';
import { httpRoute } from '../../../http/route';
import { checkinCalendar } from './use-case';

export const createHandler = (deps: () => AppDeps = appDeps) =>
  httpRoute(
    {
      access: ['member'],
      query: calendarQuery,
      run: ({ principal, query, now }) => checkinCalendar(principal, query.month, now, deps()),
    },
    deps,
  );

export const handler = createHandler();
