import { Text, View } from '@tarojs/components';
import { Toggle } from '../../features/campaigns/components/FormParts';
import {
  BIRTHDAY_PERK,
  type LevelExtraDraft,
  NEW_LEVEL_EXTRA,
  type PerkDraft,
} from '../../features/console/program-more';
import { changeMore, type SectionProps, SettingsField, SettingsPanel } from './SettingsField';
import { TemplatePicker } from './TemplatePicker';

const BIRTHDAY: PerkDraft = { code: BIRTHDAY_PERK, title: '生日礼遇', description: '生日当天赠送生日券' };

/** A perk's code: made from the time it was added, unique within the level. */
const newPerkCode = (perks: PerkDraft[]) => {
  const base = `perk-${Date.now().toString(36)}`;
  return perks.some((perk) => perk.code === base) ? `${base}-${perks.length}` : base;
};

/**
 * 升级礼与权益: for each level, the gift on reaching it (points, a coupon and its name) and the 储值 path to it, and
 * the perks its members see; 生日礼遇 is the perk that sends the birthday coupons.
 */
export function LevelGiftsSection({ settings, draft }: SectionProps) {
  const { levelExtras, coupons } = draft.more;
  const setExtra = (code: string, patch: Partial<LevelExtraDraft>) =>
    changeMore(settings, draft, {
      levelExtras: { ...levelExtras, [code]: { ...(levelExtras[code] ?? NEW_LEVEL_EXTRA), ...patch } },
    });
  return (
    <SettingsPanel title="升级礼与权益" hint="升到该等级时发放一次" className="settings-gifts">
      {draft.levels.map((level, index) => {
        const extra = levelExtras[level.code] ?? NEW_LEVEL_EXTRA;
        const at = `levels.${index}`;
        const setPerk = (perkIndex: number, patch: Partial<PerkDraft>) =>
          setExtra(level.code, {
            perks: extra.perks.map((perk, i) => (i === perkIndex ? { ...perk, ...patch } : perk)),
          });
        const birthday = extra.perks.some((perk) => perk.code === BIRTHDAY_PERK);
        return (
          <View key={level.code} className={`level-edit settings-gift-${level.code}`}>
            <View className="level-edit__head">
              <Text>
                {level.code} {level.name}
              </Text>
            </View>
            {index > 0 && (
              <>
                <SettingsField
                  settings={settings}
                  path={`${at}.upgradeGift.points`}
                  label="升级礼积分"
                  value={extra.giftPoints}
                  number
                  onChange={(giftPoints) => setExtra(level.code, { giftPoints })}
                />
                <SettingsField
                  settings={settings}
                  path={`${at}.topupThresholdFen`}
                  label="储值达标（元）"
                  hint="选填：12 个月充值本金达到即升级"
                  value={extra.topupYuan}
                  money
                  onChange={(topupYuan) => setExtra(level.code, { topupYuan })}
                />
                <SettingsField
                  settings={settings}
                  path={`${at}.upgradeGift.couponTitle`}
                  label="礼券名称（会员看到）"
                  hint="最多 30 字，选填"
                  value={extra.giftCouponTitle}
                  onChange={(giftCouponTitle) => setExtra(level.code, { giftCouponTitle })}
                />
                <View className="form-field__label settings-sub-label">
                  <Text>升级券</Text>
                </View>
                <TemplatePicker
                  settings={settings}
                  prefix={`settings-upgrade-coupon-${level.code}`}
                  chosen={coupons.upgrade[level.code] ? [coupons.upgrade[level.code]!] : []}
                  error={settings.errors[`automaticCoupons.upgrade.${level.code}`]}
                  onChange={([id]) => {
                    const { [level.code]: _gone, ...rest } = coupons.upgrade;
                    const upgrade = id ? { ...rest, [level.code]: id } : rest;
                    changeMore(settings, draft, { coupons: { ...coupons, upgrade } });
                  }}
                />
              </>
            )}
            <View className="form-field__label settings-sub-label">
              <Text>权益</Text>
              <Text className="form-field__hint">会员在等级页看到</Text>
            </View>
            {extra.perks.map((perk, perkIndex) => (
              <View key={perk.code} className={`perk-edit settings-perk settings-perk-${level.code}-${perkIndex}`}>
                <SettingsField
                  settings={settings}
                  path={`${at}.perks.${perkIndex}.title`}
                  label="名称"
                  value={perk.title}
                  onChange={(title) => setPerk(perkIndex, { title })}
                />
                <SettingsField
                  settings={settings}
                  path={`${at}.perks.${perkIndex}.description`}
                  label="说明"
                  value={perk.description}
                  onChange={(description) => setPerk(perkIndex, { description })}
                />
                <Text
                  className="admin-action admin-action--danger settings-perk-remove"
                  onClick={() => setExtra(level.code, { perks: extra.perks.filter((_, i) => i !== perkIndex) })}
                >
                  删除这项权益
                </Text>
              </View>
            ))}
            {extra.perks.length < 10 && (
              <Text
                className={`admin-action settings-perk-add settings-perk-add-${level.code}`}
                onClick={() =>
                  setExtra(level.code, {
                    perks: [...extra.perks, { code: newPerkCode(extra.perks), title: '', description: '' }],
                  })
                }
              >
                添加权益
              </Text>
            )}
            <Toggle
              className={`settings-birthday-perk settings-birthday-perk-${level.code}`}
              on={birthday}
              label="生日礼遇"
              hint="生日当天发生日券"
              onToggle={() =>
                setExtra(level.code, {
                  perks: birthday
                    ? extra.perks.filter((perk) => perk.code !== BIRTHDAY_PERK)
                    : [...extra.perks, BIRTHDAY].slice(0, 10),
                })
              }
            />
          </View>
        );
      })}
    </SettingsPanel>
  );
}
