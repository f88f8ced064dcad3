import { promotionRequest } from '@app/shared';
import { appDeps, type AppDeps } from '../../../composition';
import { httpRoute } from '../../../http/route';
import { createPromotion } from './use-case';

export const createHandler = (deps: () => AppDeps = appDeps) =>
  httpRoute(
    {
      access: ['marketer'],
      body: promotionRequest,
      idempotent: true,
      successStatus: 201,
      run: ({ body, principal, now }) => createPromotion(body, principal, now, deps()),
    },
    deps,
  );

export const handler = createHandler();
