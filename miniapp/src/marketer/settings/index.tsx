import { Text, View } from '@tarojs/components';
import { ErrorState } from '../../components/error-state';
import { Skeleton } from '../../components/skeleton';
import { DateField, FormField, Segments, TextField } from '../../features/campaigns/components/FormParts';
import { MarketerPage } from '../../features/campaigns/components/MarketerPage';
import { useProgramSettings } from '../../features/console/hooks/use-program-settings';
import {
  errorClassName,
  EXPIRY_OPTIONS,
  type LevelDraft,
  newLevel,
  type ProgramDraft,
  rangeHint,
} from '../../features/console/program-form';
import { actorName } from '../../features/console/audit-words';
import { formatDateTime } from '../../lib/format';
import { useRoleGuard } from '../../lib/use-role-guard';
import { CheckinBonusTable } from '../../features/console/components/CheckinBonusTable';
import { ProgramPreview } from '../../features/console/components/ProgramPreview';
import '../../features/console/components/Console.scss';
import '../../features/marketer/components/AdminRows.scss';

const WHEN = [
  { key: 'now' as const, label: '立即生效' },
  { key: 'later' as const, label: '指定时间' },
];

const who = (actor: string) => actorName(actor);

/**
 * 规则设置: levels, earning, check-in, referral, 待到账 and expiry, saved as a new version now or at a chosen time; the
 * versions. Under each number the range the server accepts.
 */
export default function SettingsPage() {
  useRoleGuard('marketer');
  const settings = useProgramSettings();
  const { program, draft, errors } = settings;

  if (!program.data || !draft) {
    return (
      <MarketerPage className="settings-page">
        <View className="panel">
          {program.error ? (
            <ErrorState title="规则加载失败" message={program.error.message} onRetry={() => void program.reload()} />
          ) : (
            [0, 1, 2].map((row) => <Skeleton key={row} height={44} className="marketer-skeleton-row" />)
          )}
        </View>
      </MarketerPage>
    );
  }

  const { current, upcoming, history } = program.data;
  const field = (
    key: string,
    label: string,
    value: string,
    patch: (value: string) => Partial<ProgramDraft>,
    options: { hint?: string; number?: boolean } = {},
  ) => (
    <FormField
      prefix="settings"
      name={errorClassName(key)}
      label={label}
      hint={[options.hint, rangeHint(key)].filter(Boolean).join(' · ') || undefined}
      error={errors[key]}
    >
      <TextField
        className={`settings-${errorClassName(key)}`}
        value={value}
        number={options.number}
        onChange={(next) => {
          settings.change(patch(next));
          settings.clearError(key);
        }}
      />
    </FormField>
  );
  /** A number of the settings, typed into the draft field of the same name. */
  const numberField = (key: string, label: string, name: keyof ProgramDraft, options: { hint?: string } = {}) =>
    field(key, label, String(draft[name]), (value) => ({ [name]: value }), { number: true, ...options });
  const setLevel = (index: number, patch: Partial<LevelDraft>) =>
    draft.levels.map((level, at) => (at === index ? { ...level, ...patch } : level));

  return (
    <MarketerPage className="settings-page">
      <View className="marketer-head">
        <View>
          <Text className="marketer-head__title">规则设置</Text>
          <Text className="marketer-head__sub settings-current-version">
            当前 v{current.version} · {formatDateTime(current.effectiveAt)} 生效
          </Text>
        </View>
      </View>

      <View className="panel settings-versions">
        <View className="panel__title">
          <Text>版本</Text>
          <Text className="panel__hint">已有记录保留当时的规则</Text>
        </View>
        {upcoming.map((version) => (
          <View key={version.version} className="settings-version settings-upcoming">
            <Text className="settings-version__no">v{version.version}</Text>
            <Text className="settings-version__text">
              {formatDateTime(version.effectiveAt)} 生效 · {who(version.createdBy)}
            </Text>
            <Text className="settings-version__tag settings-version__tag--upcoming">待生效</Text>
          </View>
        ))}
        <View className="settings-version settings-current">
          <Text className="settings-version__no">v{current.version}</Text>
          <Text className="settings-version__text">
            {formatDateTime(current.effectiveAt)} 生效 · {who(current.createdBy)}
          </Text>
          <Text className="settings-version__tag">生效中</Text>
        </View>
        {history
          .filter(
            (version) =>
              version.version !== current.version && !upcoming.some((one) => one.version === version.version),
          )
          .slice(0, 10)
          .map((version) => (
            <View key={version.version} className="settings-version settings-history">
              <Text className="settings-version__no">v{version.version}</Text>
              <Text className="settings-version__text">
                {formatDateTime(version.effectiveAt)} 生效 · {who(version.createdBy)}
              </Text>
            </View>
          ))}
      </View>

      <View className="panel settings-levels-panel">
        <View className="panel__title">
          <Text>会员等级</Text>
          <Text className="panel__hint">门槛为成长值，逐级递增</Text>
        </View>
        {errors.levels && <Text className="form-field__error settings-levels-error">{errors.levels}</Text>}
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
                {field(`levels.${index}.name`, '名称', level.name, (name) => ({ levels: setLevel(index, { name }) }))}
                {field(
                  `levels.${index}.threshold`,
                  '门槛',
                  level.threshold,
                  (threshold) => ({ levels: setLevel(index, { threshold }) }),
                  { number: true },
                )}
              </View>
              <View className="form-row">
                {field(`levels.${index}.multiplier`, '积分倍数', level.multiplier, (multiplier) => ({
                  levels: setLevel(index, { multiplier }),
                }))}
                {field(
                  `levels.${index}.discountPercent`,
                  '折扣 %',
                  level.discountPercent,
                  (discountPercent) => ({ levels: setLevel(index, { discountPercent }) }),
                  { hint: '90=9折', number: true },
                )}
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
      </View>

      <View className="panel">
        <View className="panel__title">
          <Text>消费积分</Text>
        </View>
        <View className="form-row">
          {field('earning.pointsPerYuan', '每元积分', draft.pointsPerYuan, (pointsPerYuan) => ({ pointsPerYuan }))}
          {field('earning.growthPerYuan', '每元成长值', draft.growthPerYuan, (growthPerYuan) => ({ growthPerYuan }))}
        </View>
        {numberField('earning.maxPointsPerPurchase', '单笔积分上限', 'maxPointsPerPurchase')}
        {numberField('earning.pendingDays', '消费积分到账天数', 'pendingDays', { hint: '0 = 立即到账' })}
      </View>

      <View className="panel settings-pending">
        <View className="panel__title">
          <Text>待到账</Text>
          <Text className="panel__hint">首单、邀请奖励退款期后到账</Text>
        </View>
        {numberField('refundWindowDays', '奖励到账天数（退款期）', 'refundWindowDays', { hint: '期内全额退款则取消' })}
      </View>

      <View className="panel">
        <View className="panel__title">
          <Text>签到</Text>
        </View>
        <View className="form-row">
          {numberField('checkin.basePoints', '每日积分', 'checkinBasePoints')}
          {numberField('checkin.baseGrowth', '每日成长值', 'checkinBaseGrowth')}
        </View>
        <View className="form-row">
          {numberField('checkin.cycleDays', '周期（天）', 'checkinCycleDays')}
          {numberField('checkin.makeupCost', '补签消耗积分', 'makeupCost')}
        </View>
        {numberField('checkin.makeupsPerMonth', '每月补签次数', 'makeupsPerMonth')}
        <CheckinBonusTable
          rows={draft.checkinBonuses}
          errors={errors}
          onChange={(checkinBonuses) => settings.change({ checkinBonuses })}
        />
      </View>

      <View className="panel">
        <View className="panel__title">
          <Text>邀请好友</Text>
        </View>
        <View className="form-row">
          {numberField('referral.referrerPoints', '邀请人奖励', 'referrerPoints')}
          {numberField('referral.secondLevelPoints', '二级奖励', 'secondLevelPoints')}
        </View>
        {numberField('referral.maxRewardedPerYear', '每年奖励人数上限', 'maxRewardedPerYear')}
        {field('referral.minPaidFen', '首单最低实付（元）', draft.minPaidYuan, (minPaidYuan) => ({ minPaidYuan }))}
      </View>

      <View className="panel">
        <View className="panel__title">
          <Text>积分有效期</Text>
        </View>
        <Segments
          prefix="settings-expiry"
          options={EXPIRY_OPTIONS}
          value={draft.expiryPolicy}
          onChange={(expiryPolicy) => settings.change({ expiryPolicy })}
        />
        {draft.expiryPolicy === 'days-after-earn' && numberField('expiry.days', '获得后有效天数', 'expiryDays')}
        {draft.expiryPolicy === 'annual-rolling' && (
          <Text className="form-field__hint settings-expiry-hint">每年年底清零上一年获得的积分</Text>
        )}
      </View>

      <View className="panel settings-effective">
        <View className="panel__title">
          <Text>生效时间</Text>
        </View>
        <Segments
          prefix="settings-when"
          options={WHEN}
          value={draft.effective}
          onChange={(effective) => {
            settings.change({ effective });
            settings.clearError('effectiveAt');
          }}
        />
        {draft.effective === 'later' && (
          <View className="form-row">
            <FormField prefix="settings" name="effective-date" label="日期" error={errors.effectiveAt}>
              <DateField
                className="settings-effective-date"
                value={draft.effectiveDate}
                placeholder="如 2026-12-01"
                onChange={(effectiveDate) => {
                  settings.change({ effectiveDate });
                  settings.clearError('effectiveAt');
                }}
              />
            </FormField>
            <FormField prefix="settings" name="effective-time" label="时间">
              <DateField
                className="settings-effective-time"
                mode="time"
                value={draft.effectiveTime}
                placeholder="00:00"
                onChange={(effectiveTime) => {
                  settings.change({ effectiveTime });
                  settings.clearError('effectiveAt');
                }}
              />
            </FormField>
          </View>
        )}
        {draft.effective === 'now' && errors.effectiveAt && (
          <Text className="form-field__error settings-effectiveAt-error">{errors.effectiveAt}</Text>
        )}
        <View className="panel__title">
          <Text>本次修改</Text>
          <Text className="panel__hint">与 v{current.version} 相比</Text>
        </View>
        <ProgramPreview current={current.settings} draft={draft} />
        {settings.problem && <Text className="form-error settings-error">{settings.problem}</Text>}
        {settings.saved && <Text className="adjust-done settings-saved">{settings.saved}</Text>}
        <View className="settings-actions">
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
        </View>
      </View>
    </MarketerPage>
  );
}
