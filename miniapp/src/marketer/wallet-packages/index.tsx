import { Text, View } from '@tarojs/components';
import { useRef, useState } from 'react';
import { EmptyState } from '../../components/empty-state';
import { ErrorState } from '../../components/error-state';
import { Skeleton } from '../../components/skeleton';
import { FormField, TextField, Toggle } from '../../features/campaigns/components/FormParts';
import { MarketerPage } from '../../features/campaigns/components/MarketerPage';
import { packageGifts } from '../../features/wallet/components/TopupChooser';
import { createWalletPackage, listAdminPackages, updateWalletPackage } from '../../features/wallet/api/wallet-admin';
import {
  buildPackage,
  emptyPackageDraft,
  type PackageDraft,
  type PackageErrors,
  packageDraftOf,
  packageErrorsFromIssues,
} from '../../features/wallet/package-form';
import { toApiError } from '../../lib/api-error';
import { newIdempotencyKey } from '../../lib/idempotency';
import { formatFen } from '../../lib/money';
import { usePageResource } from '../../lib/use-page-resource';
import { useRoleGuard } from '../../lib/use-role-guard';
import '../../features/console/components/Console.scss';
import '../../features/marketer/components/AdminRows.scss';
import '../../features/wallet/components/console-wallet.scss';

/** 储值套餐: the packages (on sale or not), 上架/下架, edit one, create one (充¥300送¥40 + points). */
export default function WalletPackagesPage() {
  useRoleGuard('marketer');
  const packages = usePageResource(listAdminPackages);
  const [editing, setEditing] = useState<string | null>(null);
  const [draft, setDraft] = useState<PackageDraft>(emptyPackageDraft());
  const [errors, setErrors] = useState<PackageErrors>({});
  const [problem, setProblem] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  const key = useRef<string | null>(null);
  const items = packages.data?.items ?? [];

  const set = (patch: Partial<PackageDraft>, field?: keyof PackageErrors) => {
    setDraft((current) => ({ ...current, ...patch }));
    if (field) setErrors((current) => ({ ...current, [field]: undefined }));
  };
  const startEdit = (packageId: string | null) => {
    const pkg = items.find((one) => one.packageId === packageId);
    setEditing(pkg ? pkg.packageId : null);
    setDraft(pkg ? packageDraftOf(pkg) : emptyPackageDraft());
    setErrors({});
    setProblem(null);
  };

  const save = async (built: ReturnType<typeof buildPackage>, packageId: string | null) => {
    if (pending) return;
    if (!built.ok) return setErrors(built.errors);
    setPending(true);
    setProblem(null);
    try {
      if (packageId) await updateWalletPackage(packageId, built.body);
      else {
        key.current ??= newIdempotencyKey('wallet-package');
        await createWalletPackage(built.body, key.current);
        key.current = null;
      }
      startEdit(null);
      await packages.reload();
    } catch (caught) {
      const error = toApiError(caught);
      if (error.status > 0 && error.status < 500) key.current = null;
      const placed = packageErrorsFromIssues(error.details);
      setErrors(placed);
      setProblem(Object.keys(placed).length ? '请按提示修改后再保存' : error.message);
    } finally {
      setPending(false);
    }
  };

  const field = (name: keyof PackageErrors & keyof PackageDraft, label: string, placeholder: string, money = false) => (
    <FormField prefix="package" name={name} label={label} error={errors[name]}>
      <TextField
        className={`package-form-${name}`}
        value={draft[name] as string}
        placeholder={placeholder}
        money={money}
        maxlength={name === 'title' ? 30 : 10}
        onChange={(value) => set({ [name]: value } as Partial<PackageDraft>, name)}
      />
    </FormField>
  );

  return (
    <MarketerPage className="wallet-packages-page">
      <View className="marketer-head">
        <View>
          <Text className="marketer-head__title">储值套餐</Text>
          <Text className="marketer-head__sub">会员在小程序和门店充值时可选；下架后不再出售，已充值的不受影响</Text>
        </View>
      </View>

      <View className="panel packages-list">
        {packages.loading && !packages.data ? (
          [0, 1, 2].map((row) => <Skeleton key={row} height={48} className="marketer-skeleton-row" />)
        ) : packages.error && !packages.data ? (
          <ErrorState
            compact
            title="套餐加载失败"
            message={packages.error.message}
            onRetry={() => void packages.reload()}
          />
        ) : items.length === 0 ? (
          <EmptyState compact message="还没有储值套餐" hint="在下方创建，如 充¥300送¥40" />
        ) : (
          items.map((pkg) => (
            <View key={pkg.packageId} className={`admin-row package-row package-row-${pkg.packageId}`}>
              <View className="admin-row__text">
                <Text className="admin-row__title">{pkg.title}</Text>
                <Text className="admin-row__meta">
                  充 {formatFen(pkg.payFen)}
                  {packageGifts(pkg) ? ` · ${packageGifts(pkg)}` : ''} · 排序 {pkg.sort}
                </Text>
              </View>
              <View className="admin-row__side">
                <Text className={`admin-state package-state${pkg.active ? '' : ' admin-state--off'}`}>
                  {pkg.active ? '在售' : '已下架'}
                </Text>
                <Text
                  className="admin-action package-toggle"
                  onClick={() =>
                    void save(buildPackage({ ...packageDraftOf(pkg), active: !pkg.active }), pkg.packageId)
                  }
                >
                  {pkg.active ? '下架' : '上架'}
                </Text>
                <Text className="admin-action package-edit" onClick={() => startEdit(pkg.packageId)}>
                  编辑
                </Text>
              </View>
            </View>
          ))
        )}
      </View>

      <View className="panel package-form">
        <View className="panel__title">
          <Text>{editing ? '编辑套餐' : '新建套餐'}</Text>
          {editing && (
            <Text className="panel__hint package-cancel" onClick={() => startEdit(null)}>
              取消编辑
            </Text>
          )}
        </View>
        {field('title', '套餐名称', '如 充¥300送¥40')}
        {field('pay', '充值金额（元）', '如 300', true)}
        {field('bonus', '赠送金额（元）', '如 40；不送填 0', true)}
        {field('giftPoints', '赠送积分', '如 0')}
        {field('sort', '排序（小的在前）', '如 1')}
        <Toggle
          className="package-form-active"
          on={draft.active}
          label="在售"
          hint="关闭后会员看不到这个套餐"
          onToggle={() => set({ active: !draft.active })}
        />
        {problem && <Text className="form-error package-error">{problem}</Text>}
        <View
          className={`btn btn--primary form-submit package-submit${pending ? ' btn--disabled' : ''}`}
          hoverClass="btn--pressed"
          onClick={() => void save(buildPackage(draft), editing)}
        >
          <Text>{pending ? '保存中…' : editing ? '保存修改' : '创建套餐'}</Text>
        </View>
      </View>
    </MarketerPage>
  );
}
