import { View } from '@tarojs/components';
import { Toggle } from '../../features/campaigns/components/FormParts';
import type { MoreDraft } from '../../features/console/program-more';
import { changeMore, type SectionProps, SettingsField, SettingsPanel } from './SettingsField';

type TextKey = { [K in keyof MoreDraft]: MoreDraft[K] extends string ? K : never }[keyof MoreDraft];

/** A typed field of the further sections, kept in the draft's `more` part. */
function MoreField({
  settings,
  draft,
  path,
  label,
  name,
  hint,
  money = false,
}: SectionProps & { path: string; label: string; name: TextKey; hint?: string; money?: boolean }) {
  return (
    <SettingsField
      settings={settings}
      path={path}
      label={label}
      hint={hint}
      value={draft.more[name]}
      number={!money}
      money={money}
      onChange={(value) => changeMore(settings, draft, { [name]: value })}
    />
  );
}

/** 会员计划 and 到店: the program's name, 集点卡 and how long a member code shown at the counter stays valid. */
export function CounterSection(props: SectionProps) {
  const { settings, draft } = props;
  return (
    <SettingsPanel title="集点卡与会员码" hint="门店收银时使用" className="settings-counter">
      <SettingsField
        settings={settings}
        path="name"
        label="会员计划名称"
        hint="会员卡上显示"
        value={draft.more.name}
        onChange={(name) => changeMore(settings, draft, { name })}
      />
      <MoreField
        {...props}
        path="stampCard.minSpendFen"
        label="集点门槛（元）"
        name="stampMinSpendYuan"
        hint="单笔满此金额集 1 点"
        money
      />
      <MoreField {...props} path="stampCard.stampsPerCard" label="集满点数" name="stampsPerCard" />
      <MoreField
        {...props}
        path="memberCode.ttlSeconds"
        label="会员码有效期（秒）"
        name="memberCodeTtl"
        hint="过期后会员需刷新"
      />
    </SettingsPanel>
  );
}

/** 积分抵现 and 自定义充值: points paying part of a bill, and the range of a top-up amount a member types. */
export function CashSection(props: SectionProps) {
  const { settings, draft } = props;
  const on = draft.more.cashEnabled;
  return (
    <SettingsPanel title="积分抵现与充值" hint="充值：会员自填金额的范围" className="settings-cash">
      <Toggle
        className="settings-cash-enabled"
        on={on}
        label="积分抵现"
        hint={on ? '收银时可用积分抵部分金额' : '关闭：积分只能兑换'}
        onToggle={() => changeMore(settings, draft, { cashEnabled: !on })}
      />
      <View className="form-row">
        <MoreField {...props} path="pointsAsCash.pointsPerYuan" label="多少积分抵 1 元" name="cashPointsPerYuan" />
        <MoreField {...props} path="pointsAsCash.maxSharePercent" label="最多抵扣 %" name="cashMaxSharePercent" />
      </View>
      <MoreField {...props} path="pointsAsCash.minPoints" label="满多少积分可用" name="cashMinPoints" />
      <View className="form-row">
        <MoreField {...props} path="wallet.customMinFen" label="充值最低（元）" name="walletMinYuan" money />
        <MoreField {...props} path="wallet.customMaxFen" label="充值最高（元）" name="walletMaxYuan" money />
      </View>
    </SettingsPanel>
  );
}
