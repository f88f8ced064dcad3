import { listQuery } from '@app/shared';
import { appDeps, type AppDeps } from '../../../composition';
import { httpRoute } from '../../../http/route';
import { walletEntries } from './use-case';

export const createHandler = (deps: () => AppDeps = appDeps) =>
  httpRoute(
    {
      access: ['member'],
      query: listQuery,
      run: ({ principal, query }) => walletEntries(principal.memberId!, query, deps()),
    },
    deps,
  );

export const handler = createHandler();
