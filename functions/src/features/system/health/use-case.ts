import type { HealthResponse } from '@app/shared';
import type { AppDeps } from '../../../composition';

/** Whether the API answers, on which stage and version. */
export const health = (deps: Pick<AppDeps, 'config'>): HealthResponse => ({
  ok: true,
  stage: deps.config.stage,
  version: deps.config.version,
});
