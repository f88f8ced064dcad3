import { View } from '@tarojs/components';
import type { ProgramDraft } from '../../features/console/program-form';
import { type SectionProps, SettingsField, SettingsPanel } from './SettingsField';

type NumberKey = { [K in keyof ProgramDraft]: ProgramDraft[K] extends string ? K : never }[keyof ProgramDraft];

/** A number of the first sections, typed into the draft field of the same name. */
export function DraftNumber({
  settings,
  draft,
  path,
  label,
  name,
  hint,
}: SectionProps & { path: string; label: string; name: NumberKey; hint?: string }) {
  return (
    <SettingsField
      settings={settings}
      path={path}
      label={label}
      hint={hint}
      value={draft[name]}
      number
      onChange={(value) => settings.change({ [name]: value })}
    />
  );
}

/** 消费积分 and 待到账: what a yuan earns, the cap per purchase, and how long points and rewards wait. */
export function EarningSection(props: SectionProps) {
  const { settings, draft } = props;
  return (
    <>
      <SettingsPanel title="消费积分">
        <View className="form-row">
          <SettingsField
            settings={settings}
            path="earning.pointsPerYuan"
            label="每元积分"
            value={draft.pointsPerYuan}
            onChange={(pointsPerYuan) => settings.change({ pointsPerYuan })}
          />
          <SettingsField
            settings={settings}
            path="earning.growthPerYuan"
            label="每元成长值"
            value={draft.growthPerYuan}
            onChange={(growthPerYuan) => settings.change({ growthPerYuan })}
          />
        </View>
        <DraftNumber {...props} path="earning.maxPointsPerPurchase" label="单笔积分上限" name="maxPointsPerPurchase" />
        <DraftNumber
          {...props}
          path="earning.pendingDays"
          label="消费积分到账天数"
          name="pendingDays"
          hint="0 = 立即到账"
        />
      </SettingsPanel>
      <SettingsPanel title="待到账" hint="首单、邀请奖励退款期后到账" className="settings-pending">
        <DraftNumber
          {...props}
          path="refundWindowDays"
          label="奖励到账天数（退款期）"
          name="refundWindowDays"
          hint="期内全额退款则取消"
        />
      </SettingsPanel>
    </>
  );
}
