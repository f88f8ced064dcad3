import { Text, View } from '@tarojs/components';
import { useState } from 'react';
import { Chips } from '../../features/campaigns/components/FormParts';
import type { Settings } from './SettingsField';

const NONE = 'none';

/**
 * Which coupon template an occasion issues: the chosen one by its title (or 不发) and 更换, which opens the program's
 * templates as chips (`.<prefix>-<templateId>`). With `multiple`, several may be chosen (生日券).
 */
export function TemplatePicker({
  settings,
  prefix,
  chosen,
  multiple = false,
  error,
  onChange,
}: {
  settings: Settings;
  prefix: string;
  chosen: string[];
  multiple?: boolean;
  error?: string;
  onChange: (chosen: string[]) => void;
}) {
  const [open, setOpen] = useState(false);
  const names = settings.templateNames;
  const known = (settings.templates.data ?? []).map((one) => ({ key: one.key, label: one.label }));
  // A template the list does not hold (older than its newest 100) is still shown, by its id.
  const options = [
    ...(multiple ? [] : [{ key: NONE, label: '不发' }]),
    ...known,
    ...chosen.filter((id) => !names[id]).map((id) => ({ key: id, label: id })),
  ];
  const toggle = (key: string) => {
    if (!multiple) {
      onChange(key === NONE ? [] : [key]);
      setOpen(false);
    } else onChange(chosen.includes(key) ? chosen.filter((id) => id !== key) : [...chosen, key]);
  };
  return (
    <View className={`template-pick ${prefix}`}>
      <View className="template-pick__head">
        <Text className={`template-pick__current ${prefix}-current`}>
          {chosen.length === 0 ? '不发' : chosen.map((id) => names[id] ?? id).join('、')}
        </Text>
        <Text className={`admin-action ${prefix}-change`} onClick={() => setOpen(!open)}>
          {open ? '收起' : '更换'}
        </Text>
      </View>
      {open &&
        (settings.templates.error ? (
          <Text className="form-field__error">券模板加载失败，请稍后重试</Text>
        ) : known.length === 0 && !settings.templates.data ? (
          <Text className="muted">加载券模板…</Text>
        ) : (
          <Chips prefix={prefix} options={options} chosen={chosen.length ? chosen : [NONE]} onToggle={toggle} />
        ))}
      {error && <Text className={`form-field__error ${prefix}-error`}>{error}</Text>}
    </View>
  );
}
