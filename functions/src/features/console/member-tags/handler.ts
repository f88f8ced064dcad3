import * as z from 'zod';
import { memberTagsRequest } from '@app/shared';
import { appDeps, type AppDeps } from '../../../composition';
import { httpRoute } from '../../../http/route';
import { changeMemberTags } from './use-case';

export const createHandler = (deps: () => AppDeps = appDeps) =>
  httpRoute(
    {
      access: ['marketer'],
      body: memberTagsRequest,
      params: z.object({ memberId: z.string().min(1).max(64) }),
      idempotent: true,
      run: ({ body, params, principal, now }) => changeMemberTags(params.memberId, body, principal, now, deps()),
    },
    deps,
  );

export const handler = createHandler();
