import { appDeps, type AppDeps } from '../../../composition';
import { httpRoute } from '../../../http/route';
import { myCards } from './use-case';

export const createHandler = (deps: () => AppDeps = appDeps) =>
  httpRoute(
    {
      access: ['member'],
      run: ({ principal, now }) => myCards(principal.memberId!, now, deps()),
    },
    deps,
  );

export const handler = createHandler();
