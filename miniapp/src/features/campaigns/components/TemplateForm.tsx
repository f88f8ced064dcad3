import { Text, View } from '@tarojs/components';
import type { CouponType, StoreResponse } from '@app/shared';
import { namesOfStores } from '../../coupons/coupon-words';
import type { TemplateDraft, TemplateErrors } from '../template-form';
import { FormField, Segments } from './FormParts';
import { DraftText, StoresSection, ValiditySection } from './TemplateFields';
import { TemplatePreview } from './TemplatePreview';
import './TemplateForm.scss';

const TYPES: ReadonlyArray<{ key: CouponType; label: string }> = [
  { key: 'amount_off', label: '满减券' },
  { key: 'percent_off', label: '折扣券' },
  { key: 'gift', label: '兑换券' },
];

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
  const form = { draft, errors, onChange };
  const gift = draft.type === 'gift';
  return (
    <View className="template-form-layout">
      <TemplatePreview draft={draft} storeNames={namesOfStores(stores)} />
      <View className="panel template-form">
        <FormField prefix="template" name="type" label="券类型" error={errors.type}>
          <Segments prefix="template-type" options={TYPES} value={draft.type} onChange={(type) => onChange({ type })} />
        </FormField>
        <DraftText
          form={form}
          field="title"
          name="title"
          label="券名称"
          hint="会员在券包里看到的名字"
          placeholder="如 满30减5"
          maxlength={30}
        />

        {gift && (
          <DraftText
            form={form}
            field="giftName"
            name="gift-name"
            label="礼品名称"
            placeholder="如 中杯咖啡"
            maxlength={30}
          />
        )}
        {draft.type === 'percent_off' ? (
          <View className="form-row">
            <DraftText form={form} field="discount" name="discount" label="折扣（折）" placeholder="如 8.8" money />
            <DraftText
              form={form}
              field="maxDiscount"
              name="max-discount"
              label="最高优惠（元）"
              placeholder="不限"
              optional
              money
            />
          </View>
        ) : (
          <DraftText
            form={form}
            field="value"
            name="value"
            label={gift ? '礼品价值（元）' : '减免金额（元）'}
            hint={gift ? '用于统计和门店抵扣' : undefined}
            placeholder={gift ? '如 28' : '如 5'}
            money
          />
        )}
        <DraftText
          form={form}
          field="minSpend"
          name="min-spend"
          label="使用门槛（元）"
          hint="实付满多少可用，不填为无门槛"
          placeholder="无门槛"
          money
        />

        <ValiditySection form={form} />
        <StoresSection form={form} stores={stores} />

        <View className="form-section">
          <DraftText
            form={form}
            field="description"
            name="description"
            label="券面说明"
            placeholder="如 银卡升级礼"
            optional
            maxlength={200}
          />
          <DraftText
            form={form}
            field="usageNotes"
            name="usage-notes"
            label="使用说明"
            placeholder="如 单笔实付满30元可用，每笔限用一张"
            optional
            maxlength={500}
            multiline
          />
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
