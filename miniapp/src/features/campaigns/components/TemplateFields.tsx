import { Text, View } from '@tarojs/components';
import type { StoreResponse } from '@app/shared';
import { shortStoreName } from '../../../lib/format';
import type { TemplateDraft, TemplateErrors, TemplateField } from '../template-form';
import { Chips, DateField, FormField, Segments, TextArea, TextField } from './FormParts';

/** The draft, its errors and how to change it: what every field of the template form reads and writes. */
export interface DraftForm {
  draft: TemplateDraft;
  errors: TemplateErrors;
  onChange: (patch: Partial<TemplateDraft>) => void;
}

type TextKey = {
  [Key in keyof TemplateDraft]: TemplateDraft[Key] extends string ? (Key extends TemplateField ? Key : never) : never;
}[keyof TemplateDraft];

const VALIDITY = [
  { key: 'relative', label: '领取后 N 天' },
  { key: 'fixed', label: '固定日期' },
] as const;

const SCOPES = [
  { key: 'all', label: '全部门店' },
  { key: 'some', label: '指定门店' },
] as const;

/** A text field of the draft: `name` is its class (template-`name`), `field` the draft's value and error it shows. */
export function DraftText({
  form,
  field,
  name,
  label,
  hint,
  placeholder,
  optional,
  money,
  number,
  maxlength,
  multiline,
}: {
  form: DraftForm;
  field: TextKey;
  name: string;
  label: string;
  hint?: string;
  placeholder: string;
  optional?: boolean;
  money?: boolean;
  number?: boolean;
  maxlength?: number;
  multiline?: boolean;
}) {
  const input = {
    className: `template-${name}`,
    value: form.draft[field],
    placeholder,
    maxlength,
    onChange: (value: string) => form.onChange({ [field]: value }),
  };
  return (
    <FormField prefix="template" name={name} label={label} hint={hint} optional={optional} error={form.errors[field]}>
      {multiline ? <TextArea {...input} /> : <TextField {...input} money={money} number={number} />}
    </FormField>
  );
}

/** 有效期: N days after issue (from an offset), or fixed dates. */
export function ValiditySection({ form }: { form: DraftForm }) {
  const { draft, errors, onChange } = form;
  return (
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
          <DraftText form={form} field="days" name="days" label="有效天数" placeholder="如 30" number />
          <DraftText
            form={form}
            field="startOffsetDays"
            name="start-offset"
            label="生效延迟（天）"
            hint="0 为发放即生效"
            placeholder="0"
            number
          />
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
  );
}

/** 适用门店: every store, or the chosen ones. */
export function StoresSection({ form, stores }: { form: DraftForm; stores: StoreResponse[] }) {
  const { draft, errors, onChange } = form;
  const toggleStore = (storeId: string) =>
    onChange({
      storeIds: draft.storeIds.includes(storeId)
        ? draft.storeIds.filter((id) => id !== storeId)
        : [...draft.storeIds, storeId],
    });
  return (
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
  );
}
