import { appDeps, type AppDeps } from '../../../composition';
import { httpRoute } from '../../../http/route';
import { myPlan } from './use-case';

export const createHandler = (deps: () => AppDeps = appDeps) =>
  httpRoute(
    {
      access: ['member'],
      run: ({ principal, now }) => myPlan(principal.memberId!, now, deps()),
    },
    deps,
  );

export const handler = createHandler();
