import * as z from 'zod';
import { appDeps, type AppDeps } from '../../../composition';
import { httpRoute } from '../../../http/route';
import { getCouponTemplate } from './use-case';

export const createHandler = (deps: () => AppDeps = appDeps) =>
  httpRoute(
    {
      access: ['marketer'],
      params: z.object({ templateId: z.string().min(1).max(64) }),
      run: ({ params }) => getCouponTemplate(params.templateId, deps()),
    },
    deps,
  );

export const handler = createHandler();
