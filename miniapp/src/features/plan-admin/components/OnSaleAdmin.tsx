import { Text, View } from '@tarojs/components';
import type { ReactNode } from 'react';
import { EmptyState } from '../../../components/empty-state';
import { ErrorState } from '../../../components/error-state';
import { Skeleton } from '../../../components/skeleton';
import { MarketerPage } from '../../campaigns/components/MarketerPage';
import type { OnSaleAdmin as Admin } from '../hooks/use-on-sale-admin';
import '../../console/components/Console.scss';
import '../../marketer/components/AdminRows.scss';
import './plan-admin.scss';

/**
 * The page of a marketer list of things on sale: a head with how many are 在售, the item's form (and whatever the
 * page shows above the list), then the rows with their terms, 修改 and 上架/下架. Row classes start with `prefix`.
 */
export function OnSaleAdmin<T extends { active: boolean; name: string }>({
  admin,
  className,
  title,
  intro,
  prefix,
  listClassName,
  failedTitle,
  empty,
  termsOf,
  rowActions,
  children,
}: {
  admin: Admin<T>;
  className: string;
  title: string;
  /** Under the title until the list has loaded. */
  intro: string;
  prefix: string;
  listClassName: string;
  failedTitle: string;
  empty: { message: string; hint: string };
  termsOf: (item: T) => string;
  /** More actions of a row, before 修改. */
  rowActions?: (item: T) => ReactNode;
  /** The form, and anything else above the list. */
  children: ReactNode;
}) {
  const { data, action, items, idOf } = admin;
  return (
    <MarketerPage className={className}>
      <View className="marketer-head">
        <View>
          <Text className="marketer-head__title">{title}</Text>
          <Text className="marketer-head__sub">
            {data.data ? `在售 ${items.filter((item) => item.active).length} 个 · 共 ${items.length} 个` : intro}
          </Text>
        </View>
      </View>

      {children}

      <View className={`panel ${listClassName}`}>
        {data.loading && !data.data ? (
          [0, 1].map((row) => <Skeleton key={row} height={48} className="marketer-skeleton-row" />)
        ) : data.error && !data.data ? (
          <ErrorState compact title={failedTitle} message={data.error.message} onRetry={() => void data.reload()} />
        ) : items.length === 0 ? (
          <EmptyState compact message={empty.message} hint={empty.hint} />
        ) : (
          items.map((item) => {
            const id = idOf(item);
            return (
              <View key={id} className={`admin-row ${prefix}-row ${prefix}-row-${id}`}>
                <View className="admin-row__text">
                  <Text className="admin-row__title">{item.name}</Text>
                  <Text className="admin-row__meta">{termsOf(item)}</Text>
                  {action.problem?.id === id && <Text className="admin-error">{action.problem.message}</Text>}
                </View>
                <View className="admin-row__side">
                  <Text className={`admin-state ${prefix}-state${item.active ? '' : ' admin-state--off'}`}>
                    {item.active ? '在售' : '已下架'}
                  </Text>
                  {rowActions?.(item)}
                  <Text className={`admin-action ${prefix}-edit`} onClick={() => admin.setEditing(item)}>
                    修改
                  </Text>
                  <Text
                    className={`admin-action ${prefix}-toggle${action.busy === id ? ' admin-action--busy' : ''}`}
                    onClick={() => void admin.toggle(item)}
                  >
                    {action.asking === id ? (item.active ? '确认下架？' : '确认上架？') : item.active ? '下架' : '上架'}
                  </Text>
                </View>
              </View>
            );
          })
        )}
      </View>
    </MarketerPage>
  );
}
