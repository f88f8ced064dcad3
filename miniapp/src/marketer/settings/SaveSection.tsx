import { Text, View } from '@tarojs/components';
import { DateField, FormField, Segments } from '../../features/campaigns/components/FormParts';
import { ProgramPreview } from '../../features/console/components/ProgramPreview';
import type { SectionProps } from './SettingsField';

const WHEN = [
  { key: 'now' as const, label: '立即生效' },
  { key: 'later' as const, label: '指定时间' },
];

/**
 * 生效时间 and 本次修改: now or a chosen time, what a save changes against the version in force (before → after), and
 * 保存为新版本 — or, when someone saved first, 重新加载.
 */
export function SaveSection({ settings, draft }: SectionProps) {
  const current = settings.program.data!.current;
  const when = (patch: Partial<typeof draft>) => {
    settings.change(patch);
    settings.clearError('effectiveAt');
  };
  return (
    <View className="panel settings-effective">
      <View className="panel__title">
        <Text>生效时间</Text>
      </View>
      <Segments
        prefix="settings-when"
        options={WHEN}
        value={draft.effective}
        onChange={(effective) => when({ effective })}
      />
      {draft.effective === 'later' && (
        <View className="form-row">
          <FormField prefix="settings" name="effective-date" label="日期" error={settings.errors.effectiveAt}>
            <DateField
              className="settings-effective-date"
              value={draft.effectiveDate}
              placeholder="如 2026-12-01"
              onChange={(effectiveDate) => when({ effectiveDate })}
            />
          </FormField>
          <FormField prefix="settings" name="effective-time" label="时间">
            <DateField
              className="settings-effective-time"
              mode="time"
              value={draft.effectiveTime}
              placeholder="00:00"
              onChange={(effectiveTime) => when({ effectiveTime })}
            />
          </FormField>
        </View>
      )}
      {draft.effective === 'now' && settings.errors.effectiveAt && (
        <Text className="form-field__error settings-effectiveAt-error">{settings.errors.effectiveAt}</Text>
      )}
      <View className="panel__title">
        <Text>本次修改</Text>
        <Text className="panel__hint">与 v{current.version} 相比</Text>
      </View>
      <ProgramPreview current={current.settings} draft={draft} names={settings.templateNames} />
      {settings.problem && <Text className="form-error settings-error">{settings.problem}</Text>}
      {settings.saved && <Text className="adjust-done settings-saved">{settings.saved}</Text>}
      <View className="settings-actions">
        {settings.conflict ? (
          <View
            className="btn btn--primary form-submit settings-reload"
            hoverClass="btn--pressed"
            onClick={() => void settings.reload()}
          >
            <Text>重新加载最新版本</Text>
          </View>
        ) : (
          <>
            <View
              className="btn btn--ghost form-submit settings-reset"
              hoverClass="btn--pressed"
              onClick={settings.reset}
            >
              <Text>还原</Text>
            </View>
            <View
              className={`btn btn--primary form-submit settings-save${settings.pending ? ' btn--disabled' : ''}`}
              hoverClass="btn--pressed"
              onClick={() => void settings.save()}
            >
              <Text>{settings.pending ? '保存中…' : '保存为新版本'}</Text>
            </View>
          </>
        )}
      </View>
    </View>
  );
}
