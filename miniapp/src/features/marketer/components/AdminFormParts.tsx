import { Text, View } from '@tarojs/components';
import { FormField, TextArea, TextField } from '../../campaigns/components/FormParts';
import type { AdminForm } from '../hooks/use-admin-form';

/** One text field of an admin form, with its label, its own error and its value kept in the form. */
export function AdminField<Field extends string>({
  form,
  prefix,
  name,
  label,
  className = `${prefix}-${name}`,
  placeholder,
  money,
  number,
  optional,
  multiline,
}: {
  form: AdminForm<Field>;
  prefix: string;
  name: Field;
  label: string;
  className?: string;
  placeholder?: string;
  money?: boolean;
  number?: boolean;
  optional?: boolean;
  multiline?: boolean;
}) {
  return (
    <FormField prefix={prefix} name={name} label={label} error={form.errors[name]} optional={optional}>
      {multiline ? (
        <TextArea
          className={className}
          value={form.form[name]}
          placeholder={placeholder}
          onChange={form.change(name)}
        />
      ) : (
        <TextField
          className={className}
          value={form.form[name]}
          placeholder={placeholder}
          money={money}
          number={number}
          onChange={form.change(name)}
        />
      )}
    </FormField>
  );
}

/** The save's refusal, then 取消 (while editing) and 保存, greyed while it is saving. */
export function SaveActions({
  form,
  prefix,
  editing,
  onCancel,
}: {
  form: Pick<AdminForm<string>, 'problem' | 'pending' | 'submit'>;
  prefix: string;
  editing: boolean;
  onCancel: () => void;
}) {
  return (
    <>
      {form.problem ? <Text className={`admin-error ${prefix}-form-error`}>{form.problem}</Text> : null}
      <View className="plan-form__actions">
        {editing ? (
          <View className={`btn btn--ghost ${prefix}-cancel`} onClick={onCancel}>
            取消
          </View>
        ) : null}
        <View
          className={`btn btn--primary ${prefix}-save${form.pending ? ' btn--disabled' : ''}`}
          onClick={() => void form.submit()}
        >
          {form.pending ? '保存中' : '保存'}
        </View>
      </View>
    </>
  );
}
