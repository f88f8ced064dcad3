import { campaignRequest } from '@app/shared';
import { appDeps, type AppDeps } from '../../../composition';
import { httpRoute } from '../../../http/route';
import { createCampaign } from './use-case';

export const createHandler = (deps: () => AppDeps = appDeps) =>
  httpRoute(
    {
      access: ['marketer'],
      body: campaignRequest,
      idempotent: true,
      successStatus: 201,
      run: ({ body, principal, now }) => createCampaign(body, principal, now, deps()),
    },
    deps,
  );

export const handler = createHandler();
