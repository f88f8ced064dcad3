import { Text, View } from '@tarojs/components';
import { Segments } from '../../features/campaigns/components/FormParts';
import type { CouponsDraft, MonthlyCouponDraft } from '../../features/console/program-more';
import { changeMore, type SectionProps, SettingsField, SettingsPanel } from './SettingsField';
import { TemplatePicker } from './TemplatePicker';

/**
 * 自动发券: the coupons the program issues by itself — to a new member, for a full stamp card, on the birthday (to
 * levels with 生日礼遇), and each month to a level on a chosen day. Upgrade and task coupons sit with their level and
 * task.
 */
export function AutoCouponsSection({ settings, draft }: SectionProps) {
  const { coupons } = draft.more;
  const set = (patch: Partial<CouponsDraft>) => changeMore(settings, draft, { coupons: { ...coupons, ...patch } });
  const setMonthly = (index: number, patch: Partial<MonthlyCouponDraft>) =>
    set({ levelPerks: coupons.levelPerks.map((perk, at) => (at === index ? { ...perk, ...patch } : perk)) });
  const levels = draft.levels.map((level) => ({ key: level.code, label: level.name || level.code }));
  const single = (name: 'newMember' | 'stampCard', label: string, hint: string) => (
    <View className={`auto-coupon settings-auto-${name}`}>
      <View className="form-field__label">
        <Text>{label}</Text>
        <Text className="form-field__hint">{hint}</Text>
      </View>
      <TemplatePicker
        settings={settings}
        prefix={`settings-coupon-${name}`}
        chosen={coupons[name] ? [coupons[name]] : []}
        error={settings.errors[`automaticCoupons.${name}`]}
        onChange={([id]) => set({ [name]: id ?? '' })}
      />
    </View>
  );
  return (
    <SettingsPanel title="自动发券" hint="到时自动发到会员券包" className="settings-auto-coupons">
      {single('newMember', '新会员券', '注册成为会员时')}
      {single('stampCard', '集点卡满点券', '集满点数时')}
      <View className="auto-coupon settings-auto-birthday">
        <View className="form-field__label">
          <Text>生日券</Text>
          <Text className="form-field__hint">生日当天，发给有「生日礼遇」权益的等级</Text>
        </View>
        <TemplatePicker
          settings={settings}
          prefix="settings-coupon-birthday"
          chosen={coupons.birthday}
          multiple
          error={Object.entries(settings.errors).find(([key]) => key.startsWith('automaticCoupons.birthday'))?.[1]}
          onChange={(birthday) => set({ birthday: birthday.slice(0, 10) })}
        />
      </View>
      <View className="form-field__label">
        <Text>每月等级券</Text>
        <Text className="form-field__hint">每月某日发给该等级的会员</Text>
      </View>
      {coupons.levelPerks.map((perk, index) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: rows are edited in place; none has an id of its own
        <View key={index} className={`level-edit settings-monthly settings-monthly-${index}`}>
          <Segments
            prefix={`settings-monthly-${index}-level`}
            options={levels}
            value={perk.levelCode}
            onChange={(levelCode) => setMonthly(index, { levelCode })}
          />
          {settings.errors[`automaticCoupons.levelPerks.${index}.levelCode`] && (
            <Text className="form-field__error">
              {settings.errors[`automaticCoupons.levelPerks.${index}.levelCode`]}
            </Text>
          )}
          <SettingsField
            settings={settings}
            path={`automaticCoupons.levelPerks.${index}.dayOfMonth`}
            label="每月几日"
            hint="1–28"
            value={perk.dayOfMonth}
            number
            onChange={(dayOfMonth) => setMonthly(index, { dayOfMonth })}
          />
          <TemplatePicker
            settings={settings}
            prefix={`settings-monthly-${index}-coupon`}
            chosen={perk.templateId ? [perk.templateId] : []}
            error={settings.errors[`automaticCoupons.levelPerks.${index}.templateId`]}
            onChange={([id]) => setMonthly(index, { templateId: id ?? '' })}
          />
          <Text
            className="admin-action admin-action--danger settings-monthly-remove"
            onClick={() => set({ levelPerks: coupons.levelPerks.filter((_, at) => at !== index) })}
          >
            删除
          </Text>
        </View>
      ))}
      {coupons.levelPerks.length < 20 && (
        <Text
          className="admin-action settings-monthly-add"
          onClick={() =>
            set({
              levelPerks: [
                ...coupons.levelPerks,
                { levelCode: draft.levels[draft.levels.length - 1]?.code ?? 'L1', dayOfMonth: '1', templateId: '' },
              ],
            })
          }
        >
          添加每月等级券
        </Text>
      )}
    </SettingsPanel>
  );
}
