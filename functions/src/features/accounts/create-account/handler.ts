import { createAccountRequest } from '@app/shared';
import { appDeps, type AppDeps } from '../../../composition';
import { httpRoute } from '../../../http/route';
import { createAccount } from './use-case';

export const createHandler = (deps: () => AppDeps = appDeps) =>
  httpRoute(
    {
      access: ['marketer'],
      body: createAccountRequest,
      idempotent: true,
      successStatus: 201,
      run: ({ body, principal, now }) => createAccount(body, principal, now, deps()),
    },
    deps,
  );

export const handler = createHandler();
