import { View } from '@tarojs/components';
import { CheckinBonusTable } from '../../features/console/components/CheckinBonusTable';
import { DraftNumber } from './EarningSection';
import { type SectionProps, SettingsPanel } from './SettingsField';

/** 签到: the daily points and growth, the streak's cycle and bonus table, 补签. */
export function CheckinSection(props: SectionProps) {
  const { settings, draft } = props;
  return (
    <SettingsPanel title="签到">
      <View className="form-row">
        <DraftNumber {...props} path="checkin.basePoints" label="每日积分" name="checkinBasePoints" />
        <DraftNumber {...props} path="checkin.baseGrowth" label="每日成长值" name="checkinBaseGrowth" />
      </View>
      <View className="form-row">
        <DraftNumber {...props} path="checkin.cycleDays" label="周期（天）" name="checkinCycleDays" />
        <DraftNumber {...props} path="checkin.makeupCost" label="补签消耗积分" name="makeupCost" />
      </View>
      <DraftNumber {...props} path="checkin.makeupsPerMonth" label="每月补签次数" name="makeupsPerMonth" />
      <CheckinBonusTable
        rows={draft.checkinBonuses}
        errors={settings.errors}
        onChange={(checkinBonuses) => settings.change({ checkinBonuses })}
      />
    </SettingsPanel>
  );
}
