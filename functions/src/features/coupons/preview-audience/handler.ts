import { audiencePreviewRequest } from '@app/shared';
import { appDeps, type AppDeps } from '../../../composition';
import { httpRoute } from '../../../http/route';
import { previewAudience } from './use-case';

/** How many members an audience holds now, and a sample of them. */
export const createHandler = (deps: () => AppDeps = appDeps) =>
  httpRoute(
    {
      access: ['marketer'],
      body: audiencePreviewRequest,
      run: async ({ body, now }) => previewAudience(body.audience, await deps().programAt(now), now, deps()),
    },
    deps,
  );

export const handler = createHandler();
