import { Text, View } from '@tarojs/components';
import { ErrorState } from '../../components/error-state';
import { Skeleton } from '../../components/skeleton';
import type { ActivityItem } from '../../features/store-activity/api/activity';
import { ActivityList } from '../../features/store-activity/components/ActivityList';
import { ActivityTotals } from '../../features/store-activity/components/ActivityTotals';
import { DateSwitcher } from '../../features/store-activity/components/DateSwitcher';
import { useActivity } from '../../features/store-activity/hooks/use-activity';
import { loadSession } from '../../lib/session';
import { useRoleGuard } from '../../lib/use-role-guard';
import './index.scss';

/** Cash collected at hand-outs of the points mall (their `amountFen`). */
const handoutCash = (items: ActivityItem[]) =>
  items.reduce((sum, item) => (item.kind === 'handout' ? sum + item.amountFen : sum), 0);

/** 今日流水: the store's purchases, refunds and hand-outs of a day, with the day's totals. */
export default function StoreActivityPage() {
  useRoleGuard('staff');
  const { date, isToday, data, error, reload, previousDay, nextDay } = useActivity();

  return (
    <View className="page store-activity">
      <DateSwitcher date={date} isToday={isToday} onPrevious={previousDay} onNext={nextDay} />
      {data ? (
        <>
          <ActivityTotals totals={data.totals} handoutCashFen={handoutCash(data.items)} />
          <View className="panel activity-panel">
            <View className="panel__title">
              <Text>明细</Text>
              <Text className="panel__hint">
                {loadSession()?.storeName ?? `门店 ${data.storeId}`} · 共 {data.items.length} 条
              </Text>
            </View>
            <ActivityList items={data.items} isToday={isToday} />
          </View>
        </>
      ) : error ? (
        <ErrorState title="流水加载失败" message={error.message} onRetry={() => void reload()} />
      ) : (
        <View className="activity-skeleton">
          <Skeleton height={118} radius={16} />
          <View className="panel">
            {[0, 1, 2, 3].map((row) => (
              <View className="activity-skeleton__row" key={row}>
                <Skeleton height={36} />
              </View>
            ))}
          </View>
        </View>
      )}
    </View>
  );
}
