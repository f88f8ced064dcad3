import type { LedgerEntryView } from '@app/shared';
import { useCallback, useEffect, useRef, useState } from 'react';
import { type ApiError, toApiError } from '../../../lib/api-error';
import { getPointsHistory } from '../api/points';
import { filterTypes, type PointsFilterKey } from '../points-words';

export interface PointsHistory {
  filter: PointsFilterKey;
  setFilter: (filter: PointsFilterKey) => void;
  items: LedgerEntryView[];
  /** The first page of the current filter is loading (nothing of it to show yet). */
  loading: boolean;
  /** A further page is loading (rows stay visible). */
  loadingMore: boolean;
  hasMore: boolean;
  /** The first page failed. */
  error: ApiError | null;
  /** A further page failed: the rows stay, the footer offers a retry. */
  moreError: ApiError | null;
  refresh: () => Promise<void>;
  loadMore: () => Promise<void>;
}

/**
 * The ledger, page by page (nextCursor), for one filter at a time. Changing the filter or refreshing starts
 * over; an answer for a filter or a generation no longer shown is dropped.
 */
export function usePointsHistory(): PointsHistory {
  const [filter, setFilterState] = useState<PointsFilterKey>('all');
  const [items, setItems] = useState<LedgerEntryView[]>([]);
  const [cursor, setCursor] = useState<string | null>(null);
  const [loading, setLoading] = useState(true);
  const [loadingMore, setLoadingMore] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const [moreError, setMoreError] = useState<ApiError | null>(null);
  const generation = useRef(0);
  const busy = useRef(false);
  const filterRef = useRef(filter);
  filterRef.current = filter;

  const loadFirst = useCallback(async (key: PointsFilterKey, keepRows: boolean) => {
    const call = ++generation.current;
    busy.current = true;
    setLoading(!keepRows);
    if (!keepRows) setItems([]);
    setError(null);
    setMoreError(null);
    try {
      const page = await getPointsHistory({ types: filterTypes(key) });
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
      const page = await getPointsHistory({ cursor, types: filterTypes(filterRef.current) });
      if (call !== generation.current) return;
      setItems((rows) => {
        const seen = new Set(rows.map((row) => row.id));
        return [...rows, ...page.items.filter((row) => !seen.has(row.id))];
      });
      setCursor(page.nextCursor);
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

  const setFilter = useCallback((key: PointsFilterKey) => setFilterState(key), []);

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
