import Taro, { usePullDownRefresh } from '@tarojs/taro';
import { addDaysToDate } from '@app/shared';
import { useCallback, useEffect, useState } from 'react';
import { todayInProgram } from '../../../lib/format';
import { useResource } from '../../../lib/use-resource';
import { getActivity } from '../api/activity';

/** One business day of the store's activity (today first), day by day backwards and forwards up to today. */
export function useActivity(now: () => number = Date.now) {
  const today = todayInProgram(now());
  const [date, setDate] = useState(today);
  const activity = useResource(() => getActivity(date), { immediate: false });
  const { reload } = activity;

  // biome-ignore lint/correctness/useExhaustiveDependencies: another day is the trigger; the fetcher reads it through its ref
  useEffect(() => {
    void reload();
  }, [date, reload]);

  usePullDownRefresh(() => {
    void reload().finally(() => Taro.stopPullDownRefresh());
  });

  const previousDay = useCallback(() => setDate((current) => addDaysToDate(current, -1)), []);
  const nextDay = useCallback(
    () => setDate((current) => (current < todayInProgram(now()) ? addDaysToDate(current, 1) : current)),
    [now],
  );

  /** What is shown belongs to the chosen day (an answer for the day before is not shown as this one's). */
  const data = activity.data && activity.data.date === date ? activity.data : null;
  return {
    date,
    isToday: date >= today,
    data,
    error: activity.error,
    loading: activity.loading,
    reload,
    previousDay,
    nextDay,
  };
}
