import { authRequest } from '@app/shared';
import { appDeps, type AppDeps } from '../../../composition';
import { httpRoute } from '../../../http/route';
import { signIn } from './use-case';

export const createHandler = (deps: () => AppDeps = appDeps) =>
  httpRoute({ access: 'public', body: authRequest, run: ({ body, now }) => signIn(body, now, deps()) }, deps);

export const handler = createHandler();
