import { scanRequest } from '@app/shared';
import { appDeps, type AppDeps } from '../../../composition';
import { httpRoute } from '../../../http/route';
import { scanCode } from './use-case';

export const createHandler = (deps: () => AppDeps = appDeps) =>
  httpRoute(
    {
      access: ['staff'],
      body: scanRequest,
      // Looking a code up changes nothing: the counter's account is read beside the member (route.ts).
      readOnly: true,
      run: ({ body, principal, now }) => scanCode(body.code, principal, now, deps()),
    },
    deps,
  );

export const handler = createHandler();
