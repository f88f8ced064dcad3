import { Text, View } from '@tarojs/components';
import { useRef, useState } from 'react';
import { EmptyState } from '../../components/empty-state';
import { ErrorState } from '../../components/error-state';
import { Skeleton } from '../../components/skeleton';
import { Chips, FormField, TextField } from '../../features/campaigns/components/FormParts';
import { MarketerPage } from '../../features/campaigns/components/MarketerPage';
import { createPromotion, endPromotion, listPromotions } from '../../features/marketer/api/promotions';
import { useConfirmedAction } from '../../features/marketer/hooks/use-confirmed-action';
import { useConsoleNames } from '../../features/marketer/hooks/use-console-names';
import {
  buildPromotion,
  emptyPromotionDraft,
  type PromotionDraft,
  type PromotionErrors,
  promotionState,
  promotionTerms,
  WEEKDAYS,
} from '../../features/marketer/promotion-form';
import { toApiError } from '../../lib/api-error';
import { newIdempotencyKey } from '../../lib/idempotency';
import { usePageResource } from '../../lib/use-page-resource';
import { useRoleGuard } from '../../lib/use-role-guard';
import { shortStoreName } from '../../lib/format';
import '../../features/console/components/Console.scss';
import '../../features/marketer/components/AdminRows.scss';

/** The calendar day of a moment in program time (+08:00). */
const dayOf = (ms: number) => new Date(ms + 8 * 3600_000).toISOString().slice(0, 10);

const toggled = <T,>(list: T[], value: T) =>
  list.includes(value) ? list.filter((other) => other !== value) : [...list, value];

/** 积分活动: promotions with their conditions and state; end one early; create one (days, hours, stores, levels). */
export default function PromotionsPage() {
  useRoleGuard('marketer');
  const promotions = usePageResource(listPromotions);
  const names = useConsoleNames();
  const ending = useConfirmedAction();
  const [draft, setDraft] = useState<PromotionDraft>(emptyPromotionDraft());
  const [errors, setErrors] = useState<PromotionErrors>({});
  const [problem, setProblem] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  const key = useRef<string | null>(null);
  const now = Date.now();
  const storeName = (id: string) => names.stores.find((store) => store.storeId === id)?.name ?? id;
  const levelName = (code: string) => names.levels.find((level) => level.code === code)?.name ?? code;

  const set = (patch: Partial<PromotionDraft>, clears: (keyof PromotionErrors)[] = []) => {
    setDraft((current) => ({ ...current, ...patch }));
    if (clears.length)
      setErrors((current) => ({ ...current, ...Object.fromEntries(clears.map((f) => [f, undefined])) }));
  };

  const submit = async () => {
    if (pending) return;
    const built = buildPromotion(draft);
    if (!built.ok) return setErrors(built.errors);
    setPending(true);
    setProblem(null);
    key.current ??= newIdempotencyKey('promotion');
    try {
      await createPromotion(built.body, key.current);
      key.current = null;
      setDraft(emptyPromotionDraft());
      await promotions.reload();
    } catch (caught) {
      const error = toApiError(caught);
      if (error.status > 0 && error.status < 500) key.current = null;
      setProblem(error.message);
    } finally {
      setPending(false);
    }
  };

  const text = (
    name: keyof PromotionDraft & keyof PromotionErrors,
    label: string,
    placeholder: string,
    max: number,
  ) => (
    <FormField prefix="promotion" name={name} label={label} error={errors[name]}>
      <TextField
        className={`promotion-form-${name}`}
        value={draft[name] as string}
        placeholder={placeholder}
        maxlength={max}
        onChange={(value) => set({ [name]: value } as Partial<PromotionDraft>, [name])}
      />
    </FormField>
  );

  const items = promotions.data?.items ?? [];
  return (
    <MarketerPage className="promotions-page">
      <View className="marketer-head">
        <View>
          <Text className="marketer-head__title">积分活动</Text>
          <Text className="marketer-head__sub">活动期间符合条件的消费按倍数得积分；提前结束后立即停止</Text>
        </View>
      </View>

      <View className="panel promotions-list">
        {promotions.loading && !promotions.data ? (
          [0, 1, 2].map((row) => <Skeleton key={row} height={48} className="marketer-skeleton-row" />)
        ) : promotions.error && !promotions.data ? (
          <ErrorState
            compact
            title="活动加载失败"
            message={promotions.error.message}
            onRetry={() => void promotions.reload()}
          />
        ) : items.length === 0 ? (
          <EmptyState compact message="还没有积分活动" hint="在下方创建，如 周末双倍积分" />
        ) : (
          items.map((promotion) => {
            const state = promotionState(promotion, now);
            return (
              <View
                key={promotion.promotionId}
                className={`admin-row promotion-row promotion-row-${promotion.promotionId}`}
              >
                <View className="admin-row__text">
                  <Text className="admin-row__title">{promotion.name}</Text>
                  <Text className="admin-row__meta">{promotionTerms(promotion, storeName, levelName)}</Text>
                  <Text className="admin-row__meta">
                    {dayOf(Date.parse(promotion.startsAt))} 至 {dayOf(Date.parse(promotion.endsAt) - 1)}
                  </Text>
                  {ending.problem?.id === promotion.promotionId && (
                    <Text className="admin-error">{ending.problem.message}</Text>
                  )}
                </View>
                <View className="admin-row__side">
                  <Text className={`admin-state promotion-state${state.running ? '' : ' admin-state--off'}`}>
                    {state.label}
                  </Text>
                  {state.running && (
                    <Text
                      className="admin-action admin-action--danger promotion-end"
                      onClick={() =>
                        void ending.press(promotion.promotionId, async () => {
                          await endPromotion(promotion.promotionId);
                          await promotions.reload();
                        })
                      }
                    >
                      {ending.asking === promotion.promotionId ? '确认结束？' : '提前结束'}
                    </Text>
                  )}
                </View>
              </View>
            );
          })
        )}
      </View>

      <View className="panel promotion-new">
        <View className="panel__title">
          <Text>创建积分活动</Text>
          <Text className="panel__hint">条件不选即不限</Text>
        </View>
        {text('name', '活动名称', '如 周末双倍积分', 40)}
        {text('multiplier', '积分倍数', '如 2', 5)}
        {text('startDate', '开始日期', '如 2026-12-01', 10)}
        {text('endDate', '结束日期（含当天）', '如 2026-12-31', 10)}
        <FormField prefix="promotion" name="weekdays" label="星期" optional>
          <Chips
            prefix="promotion-weekday"
            options={WEEKDAYS.map((day, index) => ({ key: String(index + 1), label: `周${day}` }))}
            chosen={draft.weekdays.map(String)}
            onToggle={(day) => set({ weekdays: toggled(draft.weekdays, Number(day)) })}
          />
        </FormField>
        <FormField prefix="promotion" name="hours" label="时段（整点）" optional error={errors.hours}>
          <View className="stock-adjust__fields">
            <TextField
              className="promotion-form-from"
              value={draft.fromHour}
              placeholder="从 如 14"
              maxlength={5}
              onChange={(fromHour) => set({ fromHour }, ['hours'])}
            />
            <TextField
              className="promotion-form-to"
              value={draft.toHour}
              placeholder="到 如 17"
              maxlength={5}
              onChange={(toHour) => set({ toHour }, ['hours'])}
            />
          </View>
        </FormField>
        <FormField prefix="promotion" name="stores" label="门店" optional>
          <Chips
            prefix="promotion-store"
            options={names.stores.map((store) => ({ key: store.storeId, label: shortStoreName(store.name) }))}
            chosen={draft.storeIds}
            onToggle={(storeId) => set({ storeIds: toggled(draft.storeIds, storeId) })}
          />
        </FormField>
        <FormField prefix="promotion" name="levels" label="会员等级" optional>
          <Chips
            prefix="promotion-level"
            options={names.levels.map((level) => ({ key: level.code, label: level.name }))}
            chosen={draft.levels}
            onToggle={(code) => set({ levels: toggled(draft.levels, code) })}
          />
        </FormField>
        {problem && <Text className="form-error promotion-error">{problem}</Text>}
        <View
          className={`btn btn--primary form-submit promotion-submit${pending ? ' btn--disabled' : ''}`}
          hoverClass="btn--pressed"
          onClick={() => void submit()}
        >
          <Text>{pending ? '创建中…' : '创建活动'}</Text>
        </View>
      </View>
    </MarketerPage>
  );
}
