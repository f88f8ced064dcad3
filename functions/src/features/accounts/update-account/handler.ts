import { accountParams, updateAccountRequest } from '@app/shared';
import { appDeps, type AppDeps } from '../../../composition';
import { httpRoute } from '../../../http/route';
import { updateAccount } from './use-case';

/** Idempotent by nature: the body names the state the account ends in. */
export const createHandler = (deps: () => AppDeps = appDeps) =>
  httpRoute(
    {
      access: ['marketer'],
      params: accountParams,
      body: updateAccountRequest,
      run: ({ params, body, principal, now }) => updateAccount(params.openid, body, principal, now, deps()),
    },
    deps,
  );

export const handler = createHandler();
