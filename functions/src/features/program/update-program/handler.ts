import { programUpdateRequest } from '@app/shared';
import { appDeps, type AppDeps } from '../../../composition';
import { httpRoute } from '../../../http/route';
import { updateProgram } from './use-case';

/** Saves new program settings as a new version (now, or from `effectiveAt`). */
export const createHandler = (deps: () => AppDeps = appDeps) =>
  httpRoute(
    {
      access: ['marketer'],
      body: programUpdateRequest,
      idempotent: true,
      run: ({ body, principal, now }) => {
        const { effectiveAt, baseVersion, ...settings } = body;
        return updateProgram(settings, effectiveAt, principal, now, deps(), baseVersion);
      },
    },
    deps,
  );

export const handler = createHandler();
