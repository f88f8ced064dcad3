import { Text, View } from '@tarojs/components';
import type { AccountResponse } from '@app/shared';
import { useState } from 'react';
import { EmptyState } from '../../components/empty-state';
import { ErrorState } from '../../components/error-state';
import { Skeleton } from '../../components/skeleton';
import { MarketerPage } from '../../features/campaigns/components/MarketerPage';
import { listAccounts, listStores, setAccountStatus } from '../../features/marketer/api/accounts';
import { useConfirmedAction } from '../../features/marketer/hooks/use-confirmed-action';
import { formatDateZh, shortStoreName } from '../../lib/format';
import { loadSession } from '../../lib/session';
import { usePageResource } from '../../lib/use-page-resource';
import { useRoleGuard } from '../../lib/use-role-guard';
import '../../features/console/components/Console.scss';
import '../../features/marketer/components/AdminRows.scss';

/** Every account (a chain has tens to a few hundred): all pages read at once, so the store filter sees them all. */
async function loadAccounts() {
  const accounts: AccountResponse[] = [];
  let cursor: string | null = null;
  do {
    const page = await listAccounts(cursor);
    accounts.push(...page.items);
    cursor = page.nextCursor;
  } while (cursor);
  return { accounts, stores: await listStores() };
}

const HEAD_OFFICE = 'head-office';

/** 员工: staff by store and head-office marketers; disable an account (its logins stop at once) or enable it again. */
export default function StaffPage() {
  useRoleGuard('marketer');
  const data = usePageResource(loadAccounts);
  const action = useConfirmedAction();
  const [store, setStore] = useState<string>('all');
  const me = loadSession()?.openid;
  const stores = data.data?.stores ?? [];
  const storeName = (storeId: string | null) =>
    storeId ? (stores.find((s) => s.storeId === storeId)?.name ?? storeId) : '总部';
  const shown = (data.data?.accounts ?? []).filter((account) =>
    store === 'all' ? true : store === HEAD_OFFICE ? account.storeId === null : account.storeId === store,
  );

  const toggle = (account: AccountResponse) =>
    action.press(account.openid, async () => {
      await setAccountStatus(account.openid, account.status === 'active' ? 'disabled' : 'active');
      await data.reload();
    });

  const filters = [
    { key: 'all', label: '全部' },
    ...stores.map((s) => ({ key: s.storeId, label: shortStoreName(s.name) })),
    { key: HEAD_OFFICE, label: '总部' },
  ];

  return (
    <MarketerPage className="staff-page">
      <View className="marketer-head">
        <View>
          <Text className="marketer-head__title">员工</Text>
          <Text className="marketer-head__sub">停用后，该账号已登录的设备立即失效，也不能再登录</Text>
        </View>
      </View>

      <View className="panel staff-list">
        <View className="admin-filter">
          {filters.map((filter) => (
            <Text
              key={filter.key}
              className={`admin-filter__item staff-filter-${filter.key}${store === filter.key ? ' admin-filter__item--on' : ''}`}
              onClick={() => setStore(filter.key)}
            >
              {filter.label}
            </Text>
          ))}
        </View>
        {data.loading && !data.data ? (
          [0, 1, 2].map((row) => <Skeleton key={row} height={48} className="marketer-skeleton-row" />)
        ) : data.error && !data.data ? (
          <ErrorState compact title="员工加载失败" message={data.error.message} onRetry={() => void data.reload()} />
        ) : shown.length === 0 ? (
          <EmptyState compact message="这里还没有员工" hint="在首页「邀请店员」添加" />
        ) : (
          shown.map((account) => {
            const active = account.status === 'active';
            const asking = action.asking === account.openid;
            return (
              <View key={account.openid} className={`admin-row staff-row staff-row-${account.openid}`}>
                <View className="admin-row__text">
                  <Text className="admin-row__title staff-name">{account.displayName}</Text>
                  <Text className="admin-row__meta">
                    {account.role === 'staff' ? '门店店员' : '总部营销'} · {storeName(account.storeId)} · 开通于{' '}
                    {formatDateZh(account.createdAt)}
                    {account.disabledAt ? ` · 停用于 ${formatDateZh(account.disabledAt)}` : ''}
                  </Text>
                  {action.problem?.id === account.openid && (
                    <Text className="admin-error staff-error">{action.problem.message}</Text>
                  )}
                </View>
                <View className="admin-row__side">
                  <Text className={`admin-state staff-state${active ? '' : ' admin-state--off'}`}>
                    {active ? '在用' : '已停用'}
                  </Text>
                  {account.openid !== me && (
                    <Text
                      className={`admin-action staff-toggle${active ? ' admin-action--danger' : ''}${action.busy === account.openid ? ' admin-action--busy' : ''}`}
                      onClick={() => void toggle(account)}
                    >
                      {asking ? (active ? '确认停用？' : '确认启用？') : active ? '停用' : '重新启用'}
                    </Text>
                  )}
                </View>
              </View>
            );
          })
        )}
        <Text className="admin-note">新店员由总部在首页「邀请店员」生成二维码，填写姓名后扫码加入。</Text>
      </View>
    </MarketerPage>
  );
}
