import { appDeps, type AppDeps } from '../../../composition';
import { httpRoute } from '../../../http/route';
import { getProgram } from './use-case';

/** The program settings: the version in force, those scheduled, and the history of versions. */
export const createHandler = (deps: () => AppDeps = appDeps) =>
  httpRoute({ access: ['marketer'], run: ({ now }) => getProgram(now, deps()) }, deps);

export const handler = createHandler();
