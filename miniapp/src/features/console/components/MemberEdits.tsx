/** The marketer's two edits on a member's 360: adjust points (with a reason) and the member's tags. */
import { Input, Text, View } from '@tarojs/components';
import { MAX_POINTS_ADJUSTMENT } from '@app/shared';
import { FormField, Segments, TextField } from '../../campaigns/components/FormParts';
import { segmentName } from '../dashboard-words';
import {
  type AdjustDraft,
  type AdjustErrors,
  adjustDoneText,
  type AdjustOutcome,
  adjustOutcomeText,
} from '../member-words';

const SIGNS = [
  { key: 'plus' as const, label: '增加积分' },
  { key: 'minus' as const, label: '扣减积分' },
];

/** 调整积分: ± and how many, a mandatory reason, then a confirmation. */
export function AdjustPanel({
  draft,
  errors,
  pending,
  problem,
  canRetry,
  done,
  outcome,
  debtBefore,
  onChange,
  onSubmit,
}: {
  draft: AdjustDraft;
  errors: AdjustErrors;
  pending: boolean;
  problem: string | null;
  canRetry: boolean;
  done: { points: number; balance: number; debt: number } | null;
  /** What the typed adjustment would leave; a debt beyond the one there is now is shown as a warning. */
  outcome: AdjustOutcome | null;
  debtBefore: number;
  onChange: (patch: Partial<AdjustDraft>) => void;
  onSubmit: () => void;
}) {
  return (
    <View className="panel adjust-panel">
      <View className="panel__title">
        <Text>调整积分</Text>
        <Text className="panel__hint">记入积分明细和操作日志</Text>
      </View>
      <Segments prefix="adjust-sign" options={SIGNS} value={draft.sign} onChange={(sign) => onChange({ sign })} />
      <View className="form-row">
        <FormField prefix="adjust" name="points" label="积分数" error={errors.points}>
          <TextField
            className="adjust-points"
            value={draft.points}
            placeholder="如 100"
            number
            maxlength={String(MAX_POINTS_ADJUSTMENT).length}
            onChange={(points) => onChange({ points })}
          />
        </FormField>
      </View>
      <FormField prefix="adjust" name="reason" label="调整原因" hint="必填，会员可见" error={errors.reason}>
        <TextField
          className="adjust-reason"
          value={draft.reason}
          placeholder="如 门店活动补发"
          maxlength={200}
          onChange={(reason) => onChange({ reason })}
        />
      </FormField>
      {outcome && (
        <Text className={`adjust-outcome${outcome.debt > debtBefore ? ' adjust-outcome--debt' : ''}`}>
          {adjustOutcomeText(outcome)}
          {outcome.debt > debtBefore ? '（将产生欠款）' : ''}
        </Text>
      )}
      {problem && <Text className="form-error adjust-error">{problem}</Text>}
      {done && <Text className="adjust-done">{adjustDoneText(done)}</Text>}
      <View
        className={`btn btn--primary form-submit adjust-submit${pending ? ' btn--disabled' : ''}`}
        hoverClass="btn--pressed"
        onClick={onSubmit}
      >
        <Text>{pending ? '提交中…' : canRetry ? '重试调整' : draft.sign === 'plus' ? '增加积分' : '扣减积分'}</Text>
      </View>
    </View>
  );
}

/** Manual tags (removable) and the automatic segments (read-only), with a field to add one. */
export function TagsPanel({
  tags,
  segments,
  text,
  error,
  busy,
  onText,
  onAdd,
  onRemove,
}: {
  tags: string[];
  segments: string[];
  text: string;
  error: string | null;
  busy: boolean;
  onText: (text: string) => void;
  onAdd: () => void;
  onRemove: (tag: string) => void;
}) {
  return (
    <View className="panel member-tags">
      <View className="panel__title">
        <Text>标签与分群</Text>
        <Text className="panel__hint">分群每晚自动更新</Text>
      </View>
      <View className="tag-list">
        {segments.map((code) => (
          <View key={`segment-${code}`} className="tag tag--segment member-segment" data-segment={code}>
            <Text>{segmentName(code)}</Text>
          </View>
        ))}
        {tags.map((tag) => (
          <View key={tag} className="tag member-tag" data-tag={tag}>
            <Text>{tag}</Text>
            <Text className="tag__remove member-tag-remove" onClick={() => onRemove(tag)}>
              ×
            </Text>
          </View>
        ))}
        {tags.length + segments.length === 0 && <Text className="muted member-tags-none">暂无标签</Text>}
      </View>
      <View className="tag-add">
        <Input
          className="field tag-add__input member-tag-input"
          value={text}
          placeholder="新标签，如 咖啡达人"
          maxlength={20}
          onInput={(event) => onText(event.detail.value)}
          onConfirm={onAdd}
        />
        <View
          className={`btn btn--ghost btn--small tag-add__button member-tag-add${busy ? ' btn--disabled' : ''}`}
          hoverClass="btn--pressed"
          onClick={onAdd}
        >
          <Text>添加</Text>
        </View>
      </View>
      {error && <Text className="form-field__error member-tag-error">{error}</Text>}
    </View>
  );
}
