import { Text, View } from '@tarojs/components';
import Taro, { useRouter } from '@tarojs/taro';
import { useEffect, useRef, useState } from 'react';
import { ErrorState } from '../../components/error-state';
import { Skeleton } from '../../components/skeleton';
import { FormField, TextArea, TextField } from '../../features/campaigns/components/FormParts';
import { MarketerPage } from '../../features/campaigns/components/MarketerPage';
import { createItem, listAdminItems, updateItem } from '../../features/marketer/api/mall-admin';
import { ImageList } from '../../features/marketer/components/ImageList';
import {
  buildMallItem,
  draftOf,
  emptyMallDraft,
  type MallDraft,
  type MallErrors,
  mallErrorsFromIssues,
} from '../../features/marketer/mall-form';
import { toApiError } from '../../lib/api-error';
import { newIdempotencyKey } from '../../lib/idempotency';
import { useResource } from '../../lib/use-resource';
import { useRoleGuard } from '../../lib/use-role-guard';
import '../../features/console/components/Console.scss';
import '../../features/marketer/components/AdminRows.scss';

type TextKey = Exclude<keyof MallDraft, 'images'>;

/** 新建 / 编辑商品: name, pictures, points (+ cash), stock (at creation; later by 库存± on the list), limit, sale window. */
export default function MallItemPage() {
  useRoleGuard('marketer');
  const itemId = useRouter().params.itemId;
  const existing = useResource(async () =>
    itemId ? ((await listAdminItems()).items.find((item) => item.itemId === itemId) ?? null) : null,
  );
  const [draft, setDraft] = useState<MallDraft | null>(itemId ? null : emptyMallDraft());
  const [errors, setErrors] = useState<MallErrors>({});
  const [problem, setProblem] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  const key = useRef<string | null>(null);

  useEffect(() => {
    if (existing.data && !draft) setDraft(draftOf(existing.data));
  }, [existing.data, draft]);

  if (!draft) {
    return (
      <MarketerPage className="mall-item-page">
        <View className="panel">
          {existing.error || (existing.data === null && !existing.loading) ? (
            <ErrorState
              title="商品加载失败"
              message={existing.error?.message ?? '没有这件商品'}
              onRetry={() => void existing.reload()}
            />
          ) : (
            [0, 1, 2].map((row) => <Skeleton key={row} height={44} className="marketer-skeleton-row" />)
          )}
        </View>
      </MarketerPage>
    );
  }

  const set = (patch: Partial<MallDraft>) => {
    setDraft({ ...draft, ...patch });
    setErrors((current) => {
      const next = { ...current };
      for (const field of Object.keys(patch)) delete next[field as keyof MallErrors];
      return next;
    });
  };

  const submit = async () => {
    if (pending) return;
    const built = buildMallItem(draft);
    if (!built.ok) return setErrors(built.errors);
    setPending(true);
    setProblem(null);
    key.current ??= newIdempotencyKey('mall-item');
    try {
      if (itemId) {
        const { kind: _kind, stock: _stock, hidden: _hidden, ...changes } = built.body;
        await updateItem(itemId, changes, key.current);
      } else {
        await createItem(built.body, key.current);
      }
      key.current = null;
      await Taro.showToast({ title: itemId ? '已保存' : '已上架', icon: 'success' });
      void Taro.navigateBack();
    } catch (caught) {
      const error = toApiError(caught);
      if (error.status > 0 && error.status < 500) key.current = null;
      if (error.code === 'VALIDATION_FAILED') setErrors(mallErrorsFromIssues(error.details));
      setProblem(error.message);
    } finally {
      setPending(false);
    }
  };

  const field = (name: TextKey, label: string, placeholder: string, options: { hint?: string; max?: number } = {}) => (
    <FormField prefix="mall" name={name} label={label} hint={options.hint} error={errors[name]}>
      <TextField
        className={`mall-form-${name}`}
        value={draft[name]}
        placeholder={placeholder}
        maxlength={options.max}
        onChange={(value) => set({ [name]: value } as Partial<MallDraft>)}
      />
    </FormField>
  );

  return (
    <MarketerPage className="mall-item-page">
      <View className="marketer-head">
        <View>
          <Text className="marketer-head__title">{itemId ? '编辑商品' : '新建商品'}</Text>
          <Text className="marketer-head__sub">
            {itemId ? '库存请在列表用「库存±」调整，并写明原因' : '保存后立即在积分商城上架'}
          </Text>
        </View>
      </View>
      <View className="panel mall-form">
        {field('name', '商品名称', '如 啡常时光马克杯', { max: 40 })}
        <FormField prefix="mall" name="images" label="图片" hint="第一张为封面，最多 9 张" error={errors.images}>
          <ImageList images={draft.images} onChange={(images) => set({ images })} />
        </FormField>
        <FormField prefix="mall" name="description" label="商品介绍" optional error={errors.description}>
          <TextArea
            className="mall-form-description"
            value={draft.description}
            placeholder="材质、规格、提货说明"
            onChange={(description) => set({ description })}
          />
        </FormField>
        {field('category', '分类', '如 周边', { max: 20 })}
        {field('points', '所需积分', '如 500', { max: 7 })}
        {field('cash', '另付现金（元）', '不需要请留空', { hint: '选填', max: 9 })}
        {!itemId && field('stock', '库存', '不限库存请留空', { hint: '选填', max: 8 })}
        {field('perMemberLimit', '每人限兑', '不限请留空', { hint: '选填', max: 3 })}
        {field('saleFrom', '开始兑换日期', '如 2026-12-01，留空为立即', { max: 10 })}
        {field('saleUntil', '结束兑换日期', '如 2026-12-31，留空为长期', { max: 10 })}
        {field('sortOrder', '排序', '小的在前', { max: 4 })}
        {problem && <Text className="form-error mall-form-error">{problem}</Text>}
        <View
          className={`btn btn--primary form-submit mall-form-submit${pending ? ' btn--disabled' : ''}`}
          hoverClass="btn--pressed"
          onClick={() => void submit()}
        >
          <Text>{pending ? '保存中…' : itemId ? '保存' : '上架商品'}</Text>
        </View>
      </View>
    </MarketerPage>
  );
}
