import { useDidShow } from '@tarojs/taro';
import { useEffect, useRef } from 'react';
import { useResource } from '../../../lib/use-resource';
import { getSalesAnalytics } from '../api/sales';
import type { DateRange } from '../dashboard-words';

/** The sales sections of 数据看板: read for the dashboard's range, and again on coming back to the page. */
export function useSalesAnalytics(range: DateRange) {
  const rangeRef = useRef(range);
  rangeRef.current = range;
  const sales = useResource(() => getSalesAnalytics(rangeRef.current), { immediate: false });
  const { reload } = sales;
  const shown = useRef(false);
  useDidShow(() => {
    if (shown.current) void reload();
    shown.current = true;
  });
  // biome-ignore lint/correctness/useExhaustiveDependencies: a new range is the trigger; the fetcher reads it through rangeRef
  useEffect(() => {
    void reload();
  }, [range, reload]);
  return sales;
}
