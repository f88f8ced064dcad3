import { listQuery } from '@app/shared';
import { appDeps, type AppDeps } from '../../../composition';
import { httpRoute } from '../../../http/route';
import { campaignView } from '../campaigns';

export const createHandler = (deps: () => AppDeps = appDeps) =>
  httpRoute(
    {
      access: ['marketer'],
      query: listQuery,
      run: async ({ query }) => {
        const page = await deps().coupons.campaigns(query.limit, query.cursor);
        return {
          items: await Promise.all(page.items.map((campaign) => campaignView(campaign, deps()))),
          nextCursor: page.nextCursor,
        };
      },
    },
    deps,
  );

export const handler = createHandler();
