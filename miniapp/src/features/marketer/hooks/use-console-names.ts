import type { StoreResponse } from '@app/shared';
import { useMemo } from 'react';
import { useResource } from '../../../lib/use-resource';
import { getProgram } from '../../console/api/console';
import { namesOfStores, type StoreNames } from '../../coupons/coupon-words';
import { listStores } from '../api/accounts';

export interface NamedLevel {
  code: string;
  name: string;
}

/** The names the marketer's screens show beside codes, as the API has them now. */
export interface ConsoleNames {
  /** The program's levels in force, lowest first. */
  levels: NamedLevel[];
  stores: StoreResponse[];
  storeNames: StoreNames;
}

/**
 * Loads the program's level names (`GET /v1/admin/program`) and the stores (`GET /v1/admin/stores`); a screen that
 * names no level leaves the program out.
 */
export function useConsoleNames(options: { levels?: boolean } = {}): ConsoleNames {
  const program = useResource(getProgram, { immediate: options.levels ?? true });
  const stores = useResource(listStores);
  return useMemo(
    () => ({
      levels: (program.data?.current.settings.levels ?? []).map(({ code, name }) => ({ code, name })),
      stores: stores.data ?? [],
      storeNames: namesOfStores(stores.data ?? []),
    }),
    [program.data, stores.data],
  );
}
