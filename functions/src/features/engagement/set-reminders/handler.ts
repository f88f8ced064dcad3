import { reminderRequest } from '@app/shared';
import { appDeps, type AppDeps } from '../../../composition';
import { httpRoute } from '../../../http/route';
import { setReminders } from './use-case';

export const createHandler = (deps: () => AppDeps = appDeps) =>
  httpRoute(
    {
      access: ['member'],
      body: reminderRequest,
      idempotent: true,
      run: ({ principal, body }) => setReminders(principal, body.checkin, deps()),
    },
    deps,
  );

export const handler = createHandler();
