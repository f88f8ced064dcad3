import { promotionParams } from '@app/shared';
import { appDeps, type AppDeps } from '../../../composition';
import { httpRoute } from '../../../http/route';
import { endPromotion } from './use-case';

/** Idempotent by nature: ending a promotion that has ended answers it as it is. */
export const createHandler = (deps: () => AppDeps = appDeps) =>
  httpRoute(
    {
      access: ['marketer'],
      params: promotionParams,
      run: ({ params, principal, now }) => endPromotion(params.promotionId, principal, now, deps()),
    },
    deps,
  );

export const handler = createHandler();
