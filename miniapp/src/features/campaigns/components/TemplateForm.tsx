import { Text, View } from '@tarojs/components';
import type { CouponType, StoreResponse } from '@app/shared';
import { CouponStub } from '../../coupons/components/CouponStub';
import {
  conditionsText,
  namesOfStores,
  storeScopeText,
  validityText,
  type StoreNames,
} from '../../coupons/coupon-words';
import { readDate, readWhole, readYuan, readZhe } from '../form-values';
import type { TemplateDraft, TemplateErrors } from '../template-form';
import { Chips, DateField, FormField, Segments, TextArea, TextField } from './FormParts';
import { shortStoreName } from '../../../lib/format';
import './TemplateForm.scss';

const TYPES: ReadonlyArray<{ key: CouponType; label: string }> = [
  { key: 'amount_off', label: '满减券' },
  { key: 'percent_off', label: '折扣券' },
  { key: 'gift', label: '兑换券' },
];

const VALIDITY = [
  { key: 'relative', label: '领取后 N 天' },
  { key: 'fixed', label: '固定日期' },
] as const;

const SCOPES = [
  { key: 'all', label: '全部门店' },
  { key: 'some', label: '指定门店' },
] as const;

/** The coupon as the draft stands, drawn like a member will see it (what cannot be read yet is left as —). */
function TemplatePreview({ draft, storeNames }: { draft: TemplateDraft; storeNames: StoreNames }) {
  const value = readYuan(draft.value);
  const min = readYuan(draft.minSpend, { optional: true, allowZero: true });
  const cap = readYuan(draft.maxDiscount, { optional: true });
  const terms = {
    type: draft.type,
    valueFen: value.ok ? value.fen! : null,
    percent: readZhe(draft.discount),
    maxDiscountFen: cap.ok ? (cap.fen ?? null) : null,
    minSpendFen: min.ok ? (min.fen ?? 0) : 0,
    giftName: draft.giftName.trim() || null,
  };
  const from = readDate(draft.validFrom);
  const until = readDate(draft.validUntil);
  const days = readWhole(draft.days);
  const validity =
    draft.validityKind === 'fixed'
      ? from && until
        ? `${from} 至 ${until}`
        : '固定日期'
      : days
        ? validityText({ kind: 'relative', days, startOffsetDays: readWhole(draft.startOffsetDays) ?? 0 })
        : '领取后 N 天内有效';
  return (
    <View className="template-preview">
      <Text className="template-preview__label">券面预览</Text>
      <View className="coupon-ticket template-preview__ticket">
        <CouponStub terms={terms} />
        <View className="coupon-ticket__body">
          <Text className="coupon-ticket__title">{draft.title.trim() || '券名称'}</Text>
          <Text className="coupon-ticket__conditions">{conditionsText(terms)}</Text>
          <Text className="coupon-ticket__scope">
            {draft.storeScope === 'some'
              ? storeScopeText(draft.storeIds, storeNames)
              : storeScopeText(null, storeNames)}
          </Text>
          <View className="coupon-ticket__foot">
            <Text className="coupon-ticket__date">{validity}</Text>
          </View>
        </View>
      </View>
    </View>
  );
}

export interface TemplateFormProps {
  draft: TemplateDraft;
  errors: TemplateErrors;
  stores: StoreResponse[];
  pending: boolean;
  problem: string | null;
  canRetry: boolean;
  onChange: (patch: Partial<TemplateDraft>) => void;
  onSubmit: () => void;
}

/**
 * 新建优惠券模板: the kind (满减 / 折扣 / 兑换) with its own fields, the minimum spend, how long a coupon is good for
 * (N days after it is issued, from an offset, or fixed dates), the stores, the notes; a live preview of the coupon.
 */
export function TemplateForm({
  draft,
  errors,
  stores,
  pending,
  problem,
  canRetry,
  onChange,
  onSubmit,
}: TemplateFormProps) {
  const toggleStore = (storeId: string) =>
    onChange({
      storeIds: draft.storeIds.includes(storeId)
        ? draft.storeIds.filter((id) => id !== storeId)
        : [...draft.storeIds, storeId],
    });
  return (
    <View className="template-form-layout">
      <TemplatePreview draft={draft} storeNames={namesOfStores(stores)} />
      <View className="panel template-form">
        <FormField prefix="template" name="type" label="券类型" error={errors.type}>
          <Segments prefix="template-type" options={TYPES} value={draft.type} onChange={(type) => onChange({ type })} />
        </FormField>
        <FormField prefix="template" name="title" label="券名称" hint="会员在券包里看到的名字" error={errors.title}>
          <TextField
            className="template-title"
            value={draft.title}
            placeholder="如 满30减5"
            maxlength={30}
            onChange={(title) => onChange({ title })}
          />
        </FormField>

        {draft.type === 'gift' && (
          <FormField prefix="template" name="gift-name" label="礼品名称" error={errors.giftName}>
            <TextField
              className="template-gift-name"
              value={draft.giftName}
              placeholder="如 中杯咖啡"
              maxlength={30}
              onChange={(giftName) => onChange({ giftName })}
            />
          </FormField>
        )}
        {draft.type === 'percent_off' ? (
          <View className="form-row">
            <FormField prefix="template" name="discount" label="折扣（折）" error={errors.discount}>
              <TextField
                className="template-discount"
                value={draft.discount}
                placeholder="如 8.8"
                money
                onChange={(discount) => onChange({ discount })}
              />
            </FormField>
            <FormField prefix="template" name="max-discount" label="最高优惠（元）" optional error={errors.maxDiscount}>
              <TextField
                className="template-max-discount"
                value={draft.maxDiscount}
                placeholder="不限"
                money
                onChange={(maxDiscount) => onChange({ maxDiscount })}
              />
            </FormField>
          </View>
        ) : (
          <FormField
            prefix="template"
            name="value"
            label={draft.type === 'gift' ? '礼品价值（元）' : '减免金额（元）'}
            hint={draft.type === 'gift' ? '用于统计和门店抵扣' : undefined}
            error={errors.value}
          >
            <TextField
              className="template-value"
              value={draft.value}
              placeholder={draft.type === 'gift' ? '如 28' : '如 5'}
              money
              onChange={(value) => onChange({ value })}
            />
          </FormField>
        )}
        <FormField
          prefix="template"
          name="min-spend"
          label="使用门槛（元）"
          hint="实付满多少可用，不填为无门槛"
          error={errors.minSpend}
        >
          <TextField
            className="template-min-spend"
            value={draft.minSpend}
            placeholder="无门槛"
            money
            onChange={(minSpend) => onChange({ minSpend })}
          />
        </FormField>

        <View className="form-section">
          <Text className="form-section__title">有效期</Text>
          <FormField prefix="template" name="validity" label="计算方式">
            <Segments
              prefix="template-validity"
              options={VALIDITY}
              value={draft.validityKind}
              onChange={(validityKind) => onChange({ validityKind })}
            />
          </FormField>
          {draft.validityKind === 'relative' ? (
            <View className="form-row">
              <FormField prefix="template" name="days" label="有效天数" error={errors.days}>
                <TextField
                  className="template-days"
                  value={draft.days}
                  placeholder="如 30"
                  number
                  onChange={(days) => onChange({ days })}
                />
              </FormField>
              <FormField
                prefix="template"
                name="start-offset"
                label="生效延迟（天）"
                hint="0 为发放即生效"
                error={errors.startOffsetDays}
              >
                <TextField
                  className="template-start-offset"
                  value={draft.startOffsetDays}
                  placeholder="0"
                  number
                  onChange={(startOffsetDays) => onChange({ startOffsetDays })}
                />
              </FormField>
            </View>
          ) : (
            <View className="form-row">
              <FormField prefix="template" name="valid-from" label="开始日期" error={errors.validFrom}>
                <DateField
                  className="template-valid-from"
                  value={draft.validFrom}
                  placeholder="如 2026-12-01"
                  onChange={(validFrom) => onChange({ validFrom })}
                />
              </FormField>
              <FormField prefix="template" name="valid-until" label="结束日期（含当天）" error={errors.validUntil}>
                <DateField
                  className="template-valid-until"
                  value={draft.validUntil}
                  placeholder="如 2026-12-31"
                  onChange={(validUntil) => onChange({ validUntil })}
                />
              </FormField>
            </View>
          )}
        </View>

        <View className="form-section">
          <Text className="form-section__title">适用门店</Text>
          <FormField prefix="template" name="store-ids" label="范围" error={errors.storeIds}>
            <Segments
              prefix="template-stores"
              options={SCOPES}
              value={draft.storeScope}
              onChange={(storeScope) => onChange({ storeScope })}
            />
          </FormField>
          {draft.storeScope === 'some' && (
            <View className="template-form__stores">
              {stores.length > 0 ? (
                <Chips
                  prefix="template-store"
                  options={stores.map((store) => ({
                    key: store.storeId,
                    label: shortStoreName(store.name),
                    sub: store.storeId,
                  }))}
                  chosen={draft.storeIds}
                  onToggle={toggleStore}
                />
              ) : (
                <Text className="template-form__hint">门店列表加载中…</Text>
              )}
            </View>
          )}
        </View>

        <View className="form-section">
          <FormField prefix="template" name="description" label="券面说明" optional error={errors.description}>
            <TextField
              className="template-description"
              value={draft.description}
              placeholder="如 银卡升级礼"
              maxlength={200}
              onChange={(description) => onChange({ description })}
            />
          </FormField>
          <FormField prefix="template" name="usage-notes" label="使用说明" optional error={errors.usageNotes}>
            <TextArea
              className="template-usage-notes"
              value={draft.usageNotes}
              placeholder="如 单笔实付满30元可用，每笔限用一张"
              maxlength={500}
              onChange={(usageNotes) => onChange({ usageNotes })}
            />
          </FormField>
        </View>

        {problem && <Text className="form-error template-error">{problem}</Text>}
        <View
          className={`btn btn--primary form-submit template-submit${pending ? ' btn--disabled' : ''}`}
          hoverClass="btn--pressed"
          onClick={onSubmit}
        >
          <Text>{pending ? '创建中…' : canRetry ? '重试创建' : '创建模板'}</Text>
        </View>
      </View>
    </View>
  );
}
