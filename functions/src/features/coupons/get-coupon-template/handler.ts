import { DomainError } from '@app/shared';
import * as z from 'zod';
import { appDeps, type AppDeps } from '../../../composition';
import { httpRoute } from '../../../http/route';

export const createHandler = (deps: () => AppDeps = appDeps) =>
  httpRoute(
    {
      access: ['marketer'],
      params: z.object({ templateId: z.string().min(1).max(64) }),
      run: async ({ params }) => {
        const template = await deps().coupons.template(params.templateId);
        if (!template) throw new DomainError('NOT_FOUND', '优惠券模板不存在');
        return template;
      },
    },
    deps,
  );

export const handler = createHandler();
