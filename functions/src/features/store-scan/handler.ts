import { scanRequest } from '@app/shared';
import { appDeps, type AppDeps } from '../../composition';
import { httpRoute } from '../../http/route';
import { scanCode } from './use-case';

export const createHandler = (deps: () => AppDeps = appDeps) =>
  httpRoute({ access: ['staff'], body: scanRequest, run: ({ body, now }) => scanCode(body.code, now, deps()) }, deps);

export const handler = createHandler();
