import { makeupRequest } from '@app/shared';
import { appDeps, type AppDeps } from '../../../composition';
import { httpRoute } from '../../../http/route';
import { makeUp } from './use-case';

export const createHandler = (deps: () => AppDeps = appDeps) =>
  httpRoute(
    {
      access: ['member'],
      body: makeupRequest,
      idempotent: true,
      successStatus: 201,
      run: ({ principal, body, now }) => makeUp(principal, body.date, now, deps()),
    },
    deps,
  );

export const handler = createHandler();
