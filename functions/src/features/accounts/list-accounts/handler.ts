import { listQuery } from '@app/shared';
import { appDeps, type AppDeps } from '../../../composition';
import { httpRoute } from '../../../http/route';
import { toAccountResponse } from '../create-account/use-case';

export const createHandler = (deps: () => AppDeps = appDeps) =>
  httpRoute(
    {
      access: ['marketer'],
      query: listQuery,
      run: async ({ query }) => {
        const page = await deps().accounts.listAccounts(query.limit, query.cursor);
        return { items: page.items.map(toAccountResponse), nextCursor: page.nextCursor };
      },
    },
    deps,
  );

export const handler = createHandler();
