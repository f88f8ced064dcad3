import { outboxQuery } from '@app/shared';
import { appDeps, type AppDeps } from '../../../composition';
import { httpRoute } from '../../../http/route';
import { listOutbox } from './use-case';

export const createHandler = (deps: () => AppDeps = appDeps) =>
  httpRoute(
    { access: ['marketer'], query: outboxQuery, run: ({ query, now }) => listOutbox(query, now, deps()) },
    deps,
  );

export const handler = createHandler();
