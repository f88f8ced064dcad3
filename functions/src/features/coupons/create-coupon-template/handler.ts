import { couponTemplateRequest } from '@app/shared';
import { appDeps, type AppDeps } from '../../../composition';
import { httpRoute } from '../../../http/route';
import { createTemplate } from './use-case';

export const createHandler = (deps: () => AppDeps = appDeps) =>
  httpRoute(
    {
      access: ['marketer'],
      body: couponTemplateRequest,
      idempotent: true,
      successStatus: 201,
      run: ({ body, principal, now }) => createTemplate(body, principal, now, deps()),
    },
    deps,
  );

export const handler = createHandler();
