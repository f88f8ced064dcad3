import { Text, View } from '@tarojs/components';
import { type LevelDraft, newLevel } from '../../features/console/program-form';
import { type SectionProps, SettingsField, SettingsPanel } from './SettingsField';

/** 会员等级: the ladder (name, threshold in growth, points multiplier, discount); a level is added or the last removed. */
export function LevelsSection({ settings, draft }: SectionProps) {
  const setLevel = (index: number, patch: Partial<LevelDraft>) =>
    settings.change({ levels: draft.levels.map((level, at) => (at === index ? { ...level, ...patch } : level)) });
  return (
    <SettingsPanel title="会员等级" hint="门槛为成长值，逐级递增" className="settings-levels-panel">
      {settings.errors.levels && (
        <Text className="form-field__error settings-levels-error">{settings.errors.levels}</Text>
      )}
      <View className="settings-levels">
        {draft.levels.map((level, index) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: a level's row is its place in the ladder (its code is being edited)
          <View key={`${level.code}-${index}`} className={`level-edit settings-level-${index}`}>
            <View className="level-edit__head">
              <Text>
                {level.code} {level.name}
              </Text>
              {index > 0 && index === draft.levels.length - 1 && (
                <Text
                  className="level-edit__remove settings-level-remove"
                  onClick={() => settings.change({ levels: draft.levels.slice(0, -1) })}
                >
                  删除
                </Text>
              )}
            </View>
            <View className="form-row">
              <SettingsField
                settings={settings}
                path={`levels.${index}.name`}
                label="名称"
                value={level.name}
                onChange={(name) => setLevel(index, { name })}
              />
              <SettingsField
                settings={settings}
                path={`levels.${index}.threshold`}
                label="门槛"
                value={level.threshold}
                number
                onChange={(threshold) => setLevel(index, { threshold })}
              />
            </View>
            <View className="form-row">
              <SettingsField
                settings={settings}
                path={`levels.${index}.multiplier`}
                label="积分倍数"
                value={level.multiplier}
                onChange={(multiplier) => setLevel(index, { multiplier })}
              />
              <SettingsField
                settings={settings}
                path={`levels.${index}.discountPercent`}
                label="折扣 %"
                hint="90=9折"
                value={level.discountPercent}
                number
                onChange={(discountPercent) => setLevel(index, { discountPercent })}
              />
            </View>
          </View>
        ))}
      </View>
      <View
        className="btn btn--ghost btn--small settings-add-level"
        hoverClass="btn--pressed"
        onClick={() => settings.change({ levels: [...draft.levels, newLevel(draft.levels)] })}
      >
        <Text>添加等级</Text>
      </View>
    </SettingsPanel>
  );
}
