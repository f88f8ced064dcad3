import { Text, View } from '@tarojs/components';
import type { ReactNode } from 'react';
import { FormField, TextField } from '../../features/campaigns/components/FormParts';
import type { useProgramSettings } from '../../features/console/hooks/use-program-settings';
import { errorClassName, type ProgramDraft, rangeHint } from '../../features/console/program-form';
import type { MoreDraft } from '../../features/console/program-more';

/** The page's state, as every section gets it. */
export type Settings = ReturnType<typeof useProgramSettings>;

/** The sections' props: the state and the draft (loaded). */
export interface SectionProps {
  settings: Settings;
  draft: ProgramDraft;
}

/** A field of the further sections changed: the draft's `more` part patched. */
export const changeMore = (settings: Settings, draft: ProgramDraft, patch: Partial<MoreDraft>) =>
  settings.change({ more: { ...draft.more, ...patch } });

/**
 * One typed setting: its label, the range the server accepts under it (settings-bounds.ts), its error under it.
 * `path` is the settings path (`levels.1.threshold`): the input is `.settings-<path with dashes>`, its error
 * `.settings-<…>-error`.
 */
export function SettingsField({
  settings,
  path,
  label,
  value,
  onChange,
  hint,
  number = false,
  money = false,
  placeholder,
}: {
  settings: Settings;
  path: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  hint?: string;
  number?: boolean;
  money?: boolean;
  placeholder?: string;
}) {
  const name = errorClassName(path);
  return (
    <FormField
      prefix="settings"
      name={name}
      label={label}
      hint={[hint, rangeHint(path)].filter(Boolean).join(' · ') || undefined}
      error={settings.errors[path]}
    >
      <TextField
        className={`settings-${name}`}
        value={value}
        number={number}
        money={money}
        placeholder={placeholder}
        onChange={(next) => {
          onChange(next);
          settings.clearError(path);
        }}
      />
    </FormField>
  );
}

/** A section of 规则设置: a panel with its title and a hint of what it governs. */
export function SettingsPanel({
  title,
  hint,
  className = '',
  children,
}: {
  title: string;
  hint?: string;
  className?: string;
  children: ReactNode;
}) {
  return (
    <View className={`panel ${className}`.trim()}>
      <View className="panel__title">
        <Text>{title}</Text>
        {hint && <Text className="panel__hint">{hint}</Text>}
      </View>
      {children}
    </View>
  );
}
