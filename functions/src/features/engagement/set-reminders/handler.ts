import { reminderRequest } from '@app/shared';
import { appDeps, type AppDeps } from '../../../composition';
import { httpRoute } from '../../../http/route';
import { setReminders } from './use-case';

export const createHandler = (deps: () => AppDeps = appDeps) =>
  httpRoute(
    {
      access: ['member'],
      body: reminderRequest,
      run: ({ principal, body }) => setReminders(principal, body.checkin, deps()),
    },
    deps,
  );

export const handler = createHandler();
