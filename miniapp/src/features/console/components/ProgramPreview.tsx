import { Text, View } from '@tarojs/components';
import type { ProgramSettings } from '@app/shared';
import { buildProgram, type ProgramDraft } from '../program-form';
import { programChanges } from '../program-diff';

/**
 * 本次修改: what saving would change against the version in force, setting by setting, before → after (coupon
 * templates by their titles, from `names`).
 */
export function ProgramPreview({
  current,
  draft,
  names = {},
}: {
  current: ProgramSettings;
  draft: ProgramDraft;
  names?: Record<string, string>;
}) {
  const built = buildProgram(current, draft);
  if (!built.ok) return <Text className="muted settings-preview-invalid">有需要修改的项，改好后这里显示本次修改</Text>;
  const { effectiveAt: _effectiveAt, ...next } = built.body;
  const changes = programChanges(current, next as ProgramSettings, names);
  if (changes.length === 0) return <Text className="muted settings-preview-none">与当前版本相同，没有修改</Text>;
  return (
    <View className="settings-preview">
      {changes.map((change) => (
        <View key={change.path} className="history-row settings-preview-row" data-path={change.path}>
          <View className="history-row__text">
            <Text className="history-row__title">{change.label}</Text>
            <Text className="history-row__meta">
              {change.before} → {change.after}
            </Text>
          </View>
        </View>
      ))}
    </View>
  );
}
