import { useCallback, useEffect, useRef, useState } from 'react';
import { type ApiError, toApiError } from './api-error';

export interface Resource<T> {
  data: T | null;
  error: ApiError | null;
  /** True while the first load (or a reload after an error) runs; data already shown stays visible on refresh. */
  loading: boolean;
  reload: () => Promise<void>;
}

/** Loads `fetcher` once on mount and again on `reload()`; the last answer wins if calls overlap. */
export function useResource<T>(fetcher: () => Promise<T>, options: { immediate?: boolean } = {}): Resource<T> {
  const { immediate = true } = options;
  const [data, setData] = useState<T | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [loading, setLoading] = useState(immediate);
  const latest = useRef(0);
  const alive = useRef(true);
  const fetcherRef = useRef(fetcher);
  fetcherRef.current = fetcher;

  const reload = useCallback(async () => {
    const call = ++latest.current;
    setLoading(true);
    try {
      const value = await fetcherRef.current();
      if (!alive.current || call !== latest.current) return;
      setData(value);
      setError(null);
    } catch (caught) {
      if (!alive.current || call !== latest.current) return;
      setError(toApiError(caught));
    } finally {
      if (alive.current && call === latest.current) setLoading(false);
    }
  }, []);

  useEffect(() => {
    alive.current = true;
    if (immediate) void reload();
    return () => {
      alive.current = false;
    };
  }, [immediate, reload]);

  return { data, error, loading, reload };
}
