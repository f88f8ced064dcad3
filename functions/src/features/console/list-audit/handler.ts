import { auditQuery } from '@app/shared';
import { appDeps, type AppDeps } from '../../../composition';
import { httpRoute } from '../../../http/route';
import { listAudit } from './use-case';

/** Every marketer action (who, what, before, after), newest first. */
export const createHandler = (deps: () => AppDeps = appDeps) =>
  httpRoute({ access: ['marketer'], query: auditQuery, run: ({ query, now }) => listAudit(query, now, deps()) }, deps);

export const handler = createHandler();
