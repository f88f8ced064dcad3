import type { HealthResponse } from '@app/shared';
import { appDeps, type AppDeps } from '../../../composition';
import { httpRoute } from '../../../http/route';

export const createHandler = (deps: () => AppDeps = appDeps) =>
  httpRoute(
    {
      access: 'public',
      run: async (): Promise<HealthResponse> => ({
        ok: true,
        stage: deps().config.stage,
        version: deps().config.version,
      }),
    },
    deps,
  );

export const handler = createHandler();
