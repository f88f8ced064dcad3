import * as z from 'zod';
import { appDeps, type AppDeps } from '../../../composition';
import { httpRoute } from '../../../http/route';
import { member360 } from './use-case';

/** One member seen whole by a marketer (404 for an unknown member). */
export const createHandler = (deps: () => AppDeps = appDeps) =>
  httpRoute(
    {
      access: ['marketer'],
      params: z.object({ memberId: z.string().min(1).max(64) }),
      run: ({ params, now }) => member360(params.memberId, now, deps()),
    },
    deps,
  );

export const handler = createHandler();
