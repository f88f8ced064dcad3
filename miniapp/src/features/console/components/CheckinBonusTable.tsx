import { Text, View } from '@tarojs/components';
import { TextField } from '../../campaigns/components/FormParts';
import { rangeHint } from '../program-form';
import { type BonusDraft, nextBonus } from '../program-tables';

/** 连续签到奖励: the Nth day of a streak earns extra points; rows added, edited and removed, each with its bound. */
export function CheckinBonusTable({
  rows,
  errors,
  onChange,
}: {
  rows: BonusDraft[];
  errors: Record<string, string>;
  onChange: (rows: BonusDraft[]) => void;
}) {
  const set = (index: number, patch: Partial<BonusDraft>) =>
    onChange(rows.map((row, at) => (at === index ? { ...row, ...patch } : row)));
  return (
    <View className="bonus-table">
      <View className="form-field__label">
        <Text>连续签到奖励</Text>
        <Text className="form-field__hint">
          第几天 {rangeHint('checkin.cycleDays')} · 奖励积分 {rangeHint('checkin.bonuses.points')}
        </Text>
      </View>
      {rows.length === 0 && <Text className="muted bonus-empty">没有额外奖励，每天只得基础积分</Text>}
      {rows.map((row, index) => {
        const dayError = errors[`checkin.bonuses.${index}.day`];
        const pointsError = errors[`checkin.bonuses.${index}.points`];
        return (
          // biome-ignore lint/suspicious/noArrayIndexKey: rows are edited in place; their day may be typed over
          <View key={index} className={`bonus-row bonus-row-${index}`}>
            <View className="stock-adjust__fields">
              <Text className="bonus-row__label">第</Text>
              <TextField
                className={`bonus-day bonus-day-${index}`}
                value={row.day}
                number
                maxlength={3}
                onChange={(day) => set(index, { day })}
              />
              <Text className="bonus-row__label">天 +</Text>
              <TextField
                className={`bonus-points bonus-points-${index}`}
                value={row.points}
                number
                maxlength={6}
                onChange={(points) => set(index, { points })}
              />
              <Text className="bonus-row__label">积分</Text>
              <Text
                className="admin-action admin-action--danger bonus-remove"
                onClick={() => onChange(rows.filter((_, at) => at !== index))}
              >
                删除
              </Text>
            </View>
            {(dayError || pointsError) && (
              <Text className={`form-field__error settings-checkin-bonuses-${index}-error`}>
                {dayError ?? pointsError}
              </Text>
            )}
          </View>
        );
      })}
      {rows.length < 31 && (
        <Text className="admin-action bonus-add" onClick={() => onChange([...rows, nextBonus(rows)])}>
          添加一档奖励
        </Text>
      )}
    </View>
  );
}
