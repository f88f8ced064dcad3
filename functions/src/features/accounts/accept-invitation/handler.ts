import { acceptInvitationRequest } from '@app/shared';
import { appDeps, type AppDeps } from '../../../composition';
import { httpRoute } from '../../../http/route';
import { acceptInvitation } from './use-case';

/** Public like the login: the WeChat code proves who accepts; the invitation, where they work. */
export const createHandler = (deps: () => AppDeps = appDeps) =>
  httpRoute(
    {
      access: 'public',
      body: acceptInvitationRequest,
      run: ({ body, now }) => acceptInvitation(body, now, deps()),
    },
    deps,
  );

export const handler = createHandler();
