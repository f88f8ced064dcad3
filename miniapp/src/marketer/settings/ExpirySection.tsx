import { Text } from '@tarojs/components';
import { Segments } from '../../features/campaigns/components/FormParts';
import { EXPIRY_OPTIONS } from '../../features/console/program-form';
import { LEVEL_POLICIES } from '../../features/console/program-more';
import { DraftNumber } from './EarningSection';
import { changeMore, type SectionProps, SettingsPanel } from './SettingsField';

/** 积分有效期 and 降级规则: when points lapse, and what the monthly review does to a level no longer earned. */
export function ExpirySection(props: SectionProps) {
  const { settings, draft } = props;
  const policy = LEVEL_POLICIES.find((one) => one.key === draft.more.levelPolicy);
  return (
    <>
      <SettingsPanel title="积分有效期">
        <Segments
          prefix="settings-expiry"
          options={EXPIRY_OPTIONS}
          value={draft.expiryPolicy}
          onChange={(expiryPolicy) => settings.change({ expiryPolicy })}
        />
        {draft.expiryPolicy === 'days-after-earn' && (
          <DraftNumber {...props} path="expiry.days" label="获得后有效天数" name="expiryDays" />
        )}
        {draft.expiryPolicy === 'annual-rolling' && (
          <Text className="form-field__hint settings-expiry-hint">每年年底清零上一年获得的积分</Text>
        )}
      </SettingsPanel>
      <SettingsPanel title="降级规则" hint="等级保级 12 个月，每月 1 日复核" className="settings-level-policy">
        <Segments
          prefix="settings-level-policy"
          options={LEVEL_POLICIES}
          value={draft.more.levelPolicy}
          onChange={(levelPolicy) => changeMore(settings, draft, { levelPolicy })}
        />
        {policy && <Text className="form-field__hint settings-level-policy-hint">{policy.hint}</Text>}
      </SettingsPanel>
    </>
  );
}
