import { Input, Picker, Text, Textarea, View } from '@tarojs/components';
import type { ReactNode } from 'react';
import { isWeapp } from '../../../config/env';

/** A labelled field with an optional hint and its error underneath (`.<prefix>-<name>-error`). */
export function FormField({
  prefix,
  name,
  label,
  hint,
  error,
  optional = false,
  children,
}: {
  prefix: string;
  name: string;
  label: string;
  hint?: string;
  error?: string;
  optional?: boolean;
  children: ReactNode;
}) {
  return (
    <View className={`form-field form-field--${name}${error ? ' form-field--error' : ''}`}>
      <View className="form-field__label">
        <Text>{label}</Text>
        {optional && <Text className="form-field__optional">选填</Text>}
        {hint && <Text className="form-field__hint">{hint}</Text>}
      </View>
      {children}
      {error && <Text className={`form-field__error ${prefix}-${name}-error`}>{error}</Text>}
    </View>
  );
}

/** A one-line text field (`digit` keypads for money in WeChat; plain text in H5, where number inputs empty themselves). */
export function TextField({
  className,
  value,
  placeholder,
  onChange,
  money = false,
  number = false,
  maxlength,
}: {
  className: string;
  value: string;
  placeholder?: string;
  onChange: (value: string) => void;
  money?: boolean;
  number?: boolean;
  maxlength?: number;
}) {
  return (
    <Input
      className={`field form-input ${className}`}
      type={isWeapp && money ? 'digit' : isWeapp && number ? 'number' : 'text'}
      value={value}
      placeholder={placeholder}
      placeholderClass="field__placeholder"
      maxlength={maxlength}
      onInput={(event) => onChange(event.detail.value)}
    />
  );
}

export function TextArea({
  className,
  value,
  placeholder,
  onChange,
  maxlength,
}: {
  className: string;
  value: string;
  placeholder?: string;
  onChange: (value: string) => void;
  maxlength?: number;
}) {
  return (
    <Textarea
      className={`field form-textarea ${className}`}
      value={value}
      placeholder={placeholder}
      placeholderClass="field__placeholder"
      maxlength={maxlength ?? -1}
      onInput={(event) => onChange(event.detail.value)}
    />
  );
}

/**
 * A date (YYYY-MM-DD) or a time (HH:mm): the system picker in WeChat, a typed field in H5 (quick at a desk, and
 * what a browser test can fill).
 */
export function DateField({
  className,
  value,
  placeholder,
  onChange,
  mode = 'date',
}: {
  className: string;
  value: string;
  placeholder: string;
  onChange: (value: string) => void;
  mode?: 'date' | 'time';
}) {
  return (
    <View className="date-field">
      {isWeapp ? (
        <Picker mode={mode} value={value} onChange={(event) => onChange(String(event.detail.value))}>
          <View className={`field form-input form-picker ${className}`}>
            <Text className={value ? '' : 'field__placeholder'}>{value || placeholder}</Text>
          </View>
        </Picker>
      ) : (
        <TextField className={className} value={value} placeholder={placeholder} onChange={onChange} maxlength={10} />
      )}
    </View>
  );
}

/** One of a few: a segmented control (`.<prefix>-<key>`, the chosen one `--on`). */
export function Segments<K extends string>({
  prefix,
  options,
  value,
  onChange,
}: {
  prefix: string;
  options: ReadonlyArray<{ key: K; label: string }>;
  value: K;
  onChange: (key: K) => void;
}) {
  return (
    <View className="segments">
      {options.map((option) => (
        <View
          key={option.key}
          className={`segments__item ${prefix}-${option.key}${option.key === value ? ' segments__item--on' : ''}`}
          onClick={() => option.key !== value && onChange(option.key)}
        >
          <Text>{option.label}</Text>
        </View>
      ))}
    </View>
  );
}

/** Any of several: chips that toggle (`.<prefix>-<key>`, chosen ones `chip--on`). */
export function Chips({
  prefix,
  options,
  chosen,
  onToggle,
}: {
  prefix: string;
  options: ReadonlyArray<{ key: string; label: string; sub?: string }>;
  chosen: readonly string[];
  onToggle: (key: string) => void;
}) {
  return (
    <View className="chips">
      {options.map((option) => {
        const on = chosen.includes(option.key);
        return (
          <View
            key={option.key}
            className={`chip ${prefix}-${option.key}${on ? ' chip--on' : ''}`}
            onClick={() => onToggle(option.key)}
          >
            <Text className="chip__check">{on ? '✓' : ''}</Text>
            <Text className="chip__label">{option.label}</Text>
            {option.sub && <Text className="chip__sub">{option.sub}</Text>}
          </View>
        );
      })}
    </View>
  );
}

/** A switch drawn the same in WeChat and H5. */
export function Toggle({
  className,
  on,
  label,
  hint,
  onToggle,
}: {
  className: string;
  on: boolean;
  label: string;
  hint?: string;
  onToggle: () => void;
}) {
  return (
    <View className={`toggle-row ${className}${on ? ` ${className}--on` : ''}`} onClick={onToggle}>
      <View className="toggle-row__text">
        <Text className="toggle-row__label">{label}</Text>
        {hint && <Text className="toggle-row__hint">{hint}</Text>}
      </View>
      <View className={`switch${on ? ' switch--on' : ''}`}>
        <View className="switch__knob" />
      </View>
    </View>
  );
}
