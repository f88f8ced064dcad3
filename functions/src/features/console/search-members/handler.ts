import { memberSearchQuery } from '@app/shared';
import { appDeps, type AppDeps } from '../../../composition';
import { httpRoute } from '../../../http/route';
import { searchMembers } from './use-case';

/** The marketer's member search: `q` = memberNo, phone or the start of a nickname; without `q`, who joined last. */
export const createHandler = (deps: () => AppDeps = appDeps) =>
  httpRoute(
    { access: ['marketer'], query: memberSearchQuery, run: ({ query, now }) => searchMembers(query, now, deps()) },
    deps,
  );

export const handler = createHandler();
