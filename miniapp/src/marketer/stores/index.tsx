import { Text, View } from '@tarojs/components';
import { createStoreRequest, type StoreResponse } from '@app/shared';
import { useRef, useState } from 'react';
import { EmptyState } from '../../components/empty-state';
import { ErrorState } from '../../components/error-state';
import { Skeleton } from '../../components/skeleton';
import { FormField, TextField } from '../../features/campaigns/components/FormParts';
import { MarketerPage } from '../../features/campaigns/components/MarketerPage';
import { createStore, listAccounts, listStores, setStoreStatus } from '../../features/marketer/api/accounts';
import { useConfirmedAction } from '../../features/marketer/hooks/use-confirmed-action';
import { toApiError } from '../../lib/api-error';
import { newIdempotencyKey } from '../../lib/idempotency';
import { openPage, routes } from '../../lib/routes';
import { usePageResource } from '../../lib/use-page-resource';
import { useRoleGuard } from '../../lib/use-role-guard';
import '../../features/console/components/Console.scss';
import '../../features/marketer/components/AdminRows.scss';

const loadStores = async () => {
  const [stores, accounts] = await Promise.all([listStores(), listAccounts(null)]);
  const staff = new Map<string, number>();
  for (const account of accounts.items)
    if (account.storeId && account.status === 'active')
      staff.set(account.storeId, (staff.get(account.storeId) ?? 0) + 1);
  return { stores, staff };
};

type Field = 'storeId' | 'name' | 'city';
const FIELD_ERRORS: Record<Field, string> = {
  storeId: '门店编号为 S 加 3–6 位数字，例如 S004',
  name: '请填写门店名称（最多 40 字）',
  city: '请填写城市（最多 20 字）',
};

/** 门店: every store with its state and active staff; close one (its counter records no purchases) or open it again; open a new store. */
export default function StoresPage() {
  useRoleGuard('marketer');
  const data = usePageResource(loadStores);
  const action = useConfirmedAction();
  const [form, setForm] = useState<Record<Field, string>>({ storeId: '', name: '', city: '' });
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const [pending, setPending] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const createKey = useRef<string | null>(null);

  const toggle = (store: StoreResponse) =>
    action.press(store.storeId, async () => {
      await setStoreStatus(store.storeId, store.status === 'open' ? 'closed' : 'open', newIdempotencyKey('store'));
      await data.reload();
    });

  const submit = async () => {
    if (pending) return;
    const parsed = createStoreRequest.safeParse({
      storeId: form.storeId.trim().toUpperCase(),
      name: form.name.trim(),
      city: form.city.trim(),
    });
    if (!parsed.success) {
      const next: Partial<Record<Field, string>> = {};
      for (const issue of parsed.error.issues) next[issue.path[0] as Field] = FIELD_ERRORS[issue.path[0] as Field];
      setErrors(next);
      return;
    }
    setPending(true);
    setProblem(null);
    createKey.current ??= newIdempotencyKey('store-new');
    try {
      await createStore(parsed.data, createKey.current);
      createKey.current = null;
      setForm({ storeId: '', name: '', city: '' });
      await data.reload();
    } catch (caught) {
      const error = toApiError(caught);
      if (error.status > 0 && error.status < 500) createKey.current = null;
      setProblem(error.message);
    } finally {
      setPending(false);
    }
  };

  const field = (name: Field, label: string, placeholder: string, maxlength: number) => (
    <FormField prefix="store" name={name} label={label} error={errors[name]}>
      <TextField
        className={`store-new-${name}`}
        value={form[name]}
        placeholder={placeholder}
        maxlength={maxlength}
        onChange={(value) => {
          setForm((current) => ({ ...current, [name]: value }));
          setErrors((current) => ({ ...current, [name]: undefined }));
        }}
      />
    </FormField>
  );

  return (
    <MarketerPage className="stores-page">
      <View className="marketer-head">
        <View>
          <Text className="marketer-head__title">门店</Text>
          <Text className="marketer-head__sub">关闭的门店不能再登记消费；退款、核销已下单的提货照常</Text>
        </View>
        <View
          className="btn btn--ghost btn--small marketer-head__action stores-staff"
          hoverClass="btn--pressed"
          onClick={() => void openPage(routes.marketerStaff)}
        >
          <Text>员工</Text>
        </View>
      </View>

      <View className="panel stores-list">
        {data.loading && !data.data ? (
          [0, 1, 2].map((row) => <Skeleton key={row} height={48} className="marketer-skeleton-row" />)
        ) : data.error && !data.data ? (
          <ErrorState compact title="门店加载失败" message={data.error.message} onRetry={() => void data.reload()} />
        ) : (data.data?.stores.length ?? 0) === 0 ? (
          <EmptyState compact message="还没有门店" hint="在下方开设第一家门店" />
        ) : (
          data.data!.stores.map((store) => {
            const open = store.status === 'open';
            const asking = action.asking === store.storeId;
            return (
              <View key={store.storeId} className={`admin-row store-row store-row-${store.storeId}`}>
                <View className="admin-row__text">
                  <Text className="admin-row__title">{store.name}</Text>
                  <Text className="admin-row__meta">
                    {store.storeId} · {store.city} · 在岗员工 {data.data!.staff.get(store.storeId) ?? 0} 人
                  </Text>
                  {action.problem?.id === store.storeId && (
                    <Text className="admin-error store-error">{action.problem.message}</Text>
                  )}
                </View>
                <View className="admin-row__side">
                  <Text className={`admin-state store-state${open ? '' : ' admin-state--off'}`}>
                    {open ? '营业中' : '已关闭'}
                  </Text>
                  <Text
                    className={`admin-action store-toggle${open ? ' admin-action--danger' : ''}${action.busy === store.storeId ? ' admin-action--busy' : ''}`}
                    onClick={() => void toggle(store)}
                  >
                    {asking ? (open ? '确认关闭？' : '确认开放？') : open ? '关闭门店' : '重新开放'}
                  </Text>
                </View>
              </View>
            );
          })
        )}
      </View>

      <View className="panel store-new">
        <View className="panel__title">
          <Text>开设门店</Text>
          <Text className="panel__hint">编号印在小票上，开设后不能修改</Text>
        </View>
        {field('storeId', '门店编号', '例如 S004', 7)}
        {field('name', '门店名称', '例如 啡常时光·徐家汇店', 40)}
        {field('city', '城市', '例如 上海', 20)}
        {problem && <Text className="form-error store-new-error">{problem}</Text>}
        <View
          className={`btn btn--primary form-submit store-new-submit${pending ? ' btn--disabled' : ''}`}
          hoverClass="btn--pressed"
          onClick={() => void submit()}
        >
          <Text>{pending ? '开设中…' : '开设门店'}</Text>
        </View>
      </View>
    </MarketerPage>
  );
}
