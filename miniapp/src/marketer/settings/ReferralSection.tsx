import { View } from '@tarojs/components';
import { DraftNumber } from './EarningSection';
import { type SectionProps, SettingsField, SettingsPanel } from './SettingsField';

/** 邀请好友: the inviter's and the second level's rewards, the yearly cap, the first purchase that pays them. */
export function ReferralSection(props: SectionProps) {
  const { settings, draft } = props;
  return (
    <SettingsPanel title="邀请好友">
      <View className="form-row">
        <DraftNumber {...props} path="referral.referrerPoints" label="邀请人奖励" name="referrerPoints" />
        <DraftNumber {...props} path="referral.secondLevelPoints" label="二级奖励" name="secondLevelPoints" />
      </View>
      <DraftNumber {...props} path="referral.maxRewardedPerYear" label="每年奖励人数上限" name="maxRewardedPerYear" />
      <SettingsField
        settings={settings}
        path="referral.minPaidFen"
        label="首单最低实付（元）"
        value={draft.minPaidYuan}
        money
        onChange={(minPaidYuan) => settings.change({ minPaidYuan })}
      />
    </SettingsPanel>
  );
}
