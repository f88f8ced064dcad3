import { redeemCodeRequest } from '@app/shared';
import { appDeps, type AppDeps } from '../../../composition';
import { httpRoute } from '../../../http/route';
import { redeemCode } from './use-case';

export const createHandler = (deps: () => AppDeps = appDeps) =>
  httpRoute(
    {
      access: ['member'],
      body: redeemCodeRequest,
      idempotent: true,
      successStatus: 201,
      run: ({ body, principal, now }) => redeemCode(body.code, principal.memberId!, now, deps()),
    },
    deps,
  );

export const handler = createHandler();
