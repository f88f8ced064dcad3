import { appDeps, type AppDeps } from '../../../composition';
import { httpRoute } from '../../../http/route';
import { checkIn } from './use-case';

export const createHandler = (deps: () => AppDeps = appDeps) =>
  httpRoute(
    {
      access: ['member'],
      idempotent: true,
      successStatus: 201,
      run: ({ principal, now }) => checkIn(principal, now, deps()),
    },
    deps,
  );

export const handler = createHandler();
