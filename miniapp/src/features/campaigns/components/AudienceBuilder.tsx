import { Text, View } from '@tarojs/components';
import type { StoreResponse } from '@app/shared';
import { LevelBadge } from '../../../components/level-badge';
import { formatDate, formatNumber, shortStoreName } from '../../../lib/format';
import type { NamedLevel } from '../../marketer/hooks/use-console-names';
import { AUDIENCE_SEGMENTS, type AudienceDraft, type AudienceErrors, memberNosOf } from '../audience-form';
import type { AudiencePreviewState } from '../hooks/use-audience-preview';
import { Chips, DateField, FormField, TextArea, TextField } from './FormParts';
import './AudienceBuilder.scss';

const MONTHS = Array.from({ length: 12 }, (_, index) => index + 1);

/** 预计覆盖 N 人, a few of them, or why it cannot be counted. */
export function AudiencePreview({ preview, invalid }: { preview: AudiencePreviewState; invalid: boolean }) {
  const { result, loading, error } = preview;
  return (
    <View className={`audience-preview${loading ? ' audience-preview--loading' : ''}`}>
      <Text className="audience-preview__label">预计覆盖</Text>
      <View className="audience-preview__count">
        <Text className="audience-count">{result ? formatNumber(result.count) : '—'}</Text>
        <Text className="audience-preview__unit">人</Text>
      </View>
      <Text className="audience-preview__state audience-preview-state">
        {invalid ? '请先修正人群条件' : loading ? '正在计算…' : error ? error : result ? '按当前会员数据实时计算' : ''}
      </Text>
      {result && result.sample.length > 0 && (
        <View className="audience-sample">
          <View className="audience-sample__title">
            <Text>部分会员</Text>
            <Text>入会日期</Text>
          </View>
          {result.sample.slice(0, 5).map((member) => (
            <View className="audience-sample-row" key={member.memberId}>
              <Text className="audience-sample-row__name">{member.nickname}</Text>
              <LevelBadge code={member.levelCode} name={member.levelName} size="small" />
              <Text className="audience-sample-row__no">{member.memberNo}</Text>
              <Text className="audience-sample-row__joined">{formatDate(member.joinedAt)}</Text>
            </View>
          ))}
        </View>
      )}
    </View>
  );
}

export interface AudienceBuilderProps {
  draft: AudienceDraft;
  errors: AudienceErrors;
  /** The program's levels, named as the API has them now. */
  levels: NamedLevel[];
  stores: StoreResponse[];
  preview: AudiencePreviewState;
  /** The conditions do not hold together (the count waits for them). */
  invalid: boolean;
  onChange: (patch: Partial<AudienceDraft>) => void;
}

const toggle = (list: readonly string[], key: string) =>
  list.includes(key) ? list.filter((item) => item !== key) : [...list, key];

/**
 * 选择人群: levels, when they joined, how long since their last purchase, birthday month, points, home stores, or a
 * list of member numbers — every condition given must hold, none is every member. The count beside it follows the
 * conditions as they change.
 */
export function AudienceBuilder({ draft, errors, levels, stores, preview, invalid, onChange }: AudienceBuilderProps) {
  const memberNos = memberNosOf(draft.memberNos);
  return (
    <View className="audience-builder">
      <View className="audience-builder__conditions">
        <FormField prefix="audience" name="levels" label="会员等级" hint="不选为全部等级" error={errors.levels}>
          <Chips
            prefix="audience-level"
            options={levels.map((level) => ({ key: level.code, label: level.name }))}
            chosen={draft.levels}
            onToggle={(code) => onChange({ levels: toggle(draft.levels, code) })}
          />
        </FormField>
        <FormField
          prefix="audience"
          name="segments"
          label="会员分群"
          optional
          hint="每晚按消费自动更新"
          error={errors.segments}
        >
          <Chips
            prefix="audience-segment"
            options={AUDIENCE_SEGMENTS.map((segment) => ({ key: segment.code, label: segment.name }))}
            chosen={draft.segments}
            onToggle={(code) => onChange({ segments: toggle(draft.segments, code) })}
          />
        </FormField>
        <FormField prefix="audience" name="tags" label="标签" optional hint="多个用逗号分开" error={errors.tags}>
          <TextField
            className="audience-tags"
            value={draft.tags}
            placeholder="如 咖啡达人"
            onChange={(tags) => onChange({ tags })}
          />
        </FormField>
        <View className="form-row">
          <FormField prefix="audience" name="joined-from" label="入会时间 从" optional error={errors.joinedFrom}>
            <DateField
              className="audience-joined-from"
              value={draft.joinedFrom}
              placeholder="如 2026-01-01"
              onChange={(joinedFrom) => onChange({ joinedFrom })}
            />
          </FormField>
          <FormField prefix="audience" name="joined-to" label="至" optional error={errors.joinedTo}>
            <DateField
              className="audience-joined-to"
              value={draft.joinedTo}
              placeholder="如 2026-12-31"
              onChange={(joinedTo) => onChange({ joinedTo })}
            />
          </FormField>
        </View>
        <FormField
          prefix="audience"
          name="inactive-days"
          label="未消费天数"
          optional
          hint="最近 N 天没有到店消费"
          error={errors.inactiveDays}
        >
          <TextField
            className="audience-inactive-days"
            value={draft.inactiveDays}
            placeholder="如 30"
            number
            onChange={(inactiveDays) => onChange({ inactiveDays })}
          />
        </FormField>
        <View className="form-row">
          <FormField prefix="audience" name="points-min" label="积分 从" optional error={errors.pointsMin}>
            <TextField
              className="audience-points-min"
              value={draft.pointsMin}
              placeholder="不限"
              number
              onChange={(pointsMin) => onChange({ pointsMin })}
            />
          </FormField>
          <FormField prefix="audience" name="points-max" label="至" optional error={errors.pointsMax}>
            <TextField
              className="audience-points-max"
              value={draft.pointsMax}
              placeholder="不限"
              number
              onChange={(pointsMax) => onChange({ pointsMax })}
            />
          </FormField>
        </View>
        <FormField prefix="audience" name="birthday-month" label="生日月份" optional error={errors.birthdayMonth}>
          <View className="audience-months">
            {MONTHS.map((month) => (
              <View
                key={month}
                className={`audience-month audience-birthday-month-${month}${draft.birthdayMonth === month ? ' audience-month--on' : ''}`}
                onClick={() => onChange({ birthdayMonth: draft.birthdayMonth === month ? null : month })}
              >
                <Text>{month}月</Text>
              </View>
            ))}
          </View>
        </FormField>
        {stores.length > 0 && (
          <FormField prefix="audience" name="home-stores" label="常去门店" optional error={errors.homeStoreIds}>
            <Chips
              prefix="audience-store"
              options={stores.map((store) => ({ key: store.storeId, label: shortStoreName(store.name) }))}
              chosen={draft.homeStoreIds}
              onToggle={(storeId) => onChange({ homeStoreIds: toggle(draft.homeStoreIds, storeId) })}
            />
          </FormField>
        )}
        <FormField
          prefix="audience"
          name="member-nos"
          label="指定会员号"
          optional
          hint={
            memberNos.valid.length > 0 ? `已识别 ${formatNumber(memberNos.valid.length)} 个` : '每行一个 8 位会员号'
          }
          error={errors.memberNos}
        >
          <TextArea
            className="audience-member-nos"
            value={draft.memberNos}
            placeholder="每行一个，如 10000001"
            onChange={(text) => onChange({ memberNos: text })}
          />
        </FormField>
      </View>
      <AudiencePreview preview={preview} invalid={invalid} />
    </View>
  );
}
