import { consoleRoutes } from './route-table-console';
import { counterRoutes } from './route-table-counter';
import { engagementRoutes } from './route-table-engagement';
import { membersRoutes } from './route-table-members';
import { planRoutes } from './route-table-plans';
import type { RouteDoc } from './route-doc';

export { CSV, type RouteDoc } from './route-doc';

/**
 * Every HTTP route of the API with a method and a path, one file per part of the product (the OpenAPI test holds
 * them equal to serverless.yml's routes).
 */
export const routeTable: readonly RouteDoc[] = [
  ...membersRoutes,
  ...counterRoutes,
  ...engagementRoutes,
  ...consoleRoutes,
  ...planRoutes,
];
