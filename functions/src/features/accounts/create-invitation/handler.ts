import { createInvitationRequest } from '@app/shared';
import { appDeps, type AppDeps } from '../../../composition';
import { httpRoute } from '../../../http/route';
import { createInvitation } from './use-case';

export const createHandler = (deps: () => AppDeps = appDeps) =>
  httpRoute(
    {
      access: ['marketer'],
      body: createInvitationRequest,
      idempotent: true,
      successStatus: 201,
      run: ({ body, principal, now }) => createInvitation(body, principal, now, deps()),
    },
    deps,
  );

export const handler = createHandler();
