import { DomainError } from '@app/shared';

/** API Gateway's `$default` route: unknown paths answer in the same error shape as everything else. */
export const routeNotFound = async (): Promise<never> => {
  throw new DomainError('ROUTE_NOT_FOUND');
};
