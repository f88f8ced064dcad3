import { useCallback, useEffect, useRef, useState } from 'react';
import { type ApiError, toApiError } from './api-error';

export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

export interface PagedList<T, K extends string> {
  /** What the list is filtered by (a tab, a category). */
  filter: K;
  setFilter: (filter: K) => void;
  items: T[];
  /** The first page of the current filter is loading (nothing of it to show yet). */
  loading: boolean;
  /** A further page is loading (rows stay visible). */
  loadingMore: boolean;
  hasMore: boolean;
  /** The first page failed. */
  error: ApiError | null;
  /** A further page failed: the rows stay, the footer offers a retry. */
  moreError: ApiError | null;
  /** Starts over with the current filter, keeping the rows on screen until the answer comes. */
  refresh: () => Promise<void>;
  loadMore: () => Promise<void>;
}

/**
 * A list read page by page (nextCursor) for one filter at a time. Changing the filter or refreshing starts over;
 * an answer for a filter or a generation no longer shown is dropped; rows already shown are not repeated. A page
 * that brings nothing new ends the list (a server that ignores the cursor cannot make it loop).
 */
export function usePagedList<T, K extends string>(
  fetchPage: (filter: K, cursor: string | null) => Promise<Page<T>>,
  idOf: (item: T) => string,
  initialFilter: K,
): PagedList<T, K> {
  const [filter, setFilterState] = useState<K>(initialFilter);
  const [items, setItems] = useState<T[]>([]);
  const [cursor, setCursor] = useState<string | null>(null);
  const [loading, setLoading] = useState(true);
  const [loadingMore, setLoadingMore] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const [moreError, setMoreError] = useState<ApiError | null>(null);
  const generation = useRef(0);
  const busy = useRef(false);
  const filterRef = useRef(filter);
  filterRef.current = filter;
  const itemsRef = useRef(items);
  itemsRef.current = items;
  const fetchRef = useRef(fetchPage);
  fetchRef.current = fetchPage;
  const idRef = useRef(idOf);
  idRef.current = idOf;

  const loadFirst = useCallback(async (key: K, keepRows: boolean) => {
    const call = ++generation.current;
    busy.current = true;
    setLoading(!keepRows);
    if (!keepRows) setItems([]);
    setError(null);
    setMoreError(null);
    try {
      const page = await fetchRef.current(key, null);
      if (call !== generation.current) return;
      setItems(page.items);
      setCursor(page.nextCursor);
    } catch (caught) {
      if (call !== generation.current) return;
      setError(toApiError(caught));
    } finally {
      if (call === generation.current) {
        busy.current = false;
        setLoading(false);
        setLoadingMore(false);
      }
    }
  }, []);

  useEffect(() => {
    void loadFirst(filter, false);
  }, [filter, loadFirst]);

  const refresh = useCallback(() => loadFirst(filterRef.current, true), [loadFirst]);

  const loadMore = useCallback(async () => {
    if (busy.current || !cursor) return;
    const call = generation.current;
    busy.current = true;
    setLoadingMore(true);
    setMoreError(null);
    try {
      const page = await fetchRef.current(filterRef.current, cursor);
      if (call !== generation.current) return;
      const seen = new Set(itemsRef.current.map(idRef.current));
      const fresh = page.items.filter((item) => !seen.has(idRef.current(item)));
      setItems((rows) => [...rows, ...fresh]);
      setCursor(fresh.length > 0 ? page.nextCursor : null);
    } catch (caught) {
      if (call !== generation.current) return;
      setMoreError(toApiError(caught));
    } finally {
      if (call === generation.current) {
        busy.current = false;
        setLoadingMore(false);
      }
    }
  }, [cursor]);

  const setFilter = useCallback((key: K) => setFilterState(key), []);

  return {
    filter,
    setFilter,
    items,
    loading,
    loadingMore,
    hasMore: cursor !== null,
    error,
    moreError,
    refresh,
    loadMore,
  };
}
