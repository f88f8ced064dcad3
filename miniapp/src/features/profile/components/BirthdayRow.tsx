import { Picker, Text, View } from '@tarojs/components';
import { formatDateZh } from '../../../lib/format';

export interface BirthdayRowProps {
  birthday: string | null;
  saving: boolean;
  /** Today as YYYY-MM-DD, the latest date the picker offers. */
  today: string;
  onPick: (birthday: string) => void;
}

/** 生日 row: a date picker while unset, read-only (with a lock note) once set — it can be set only once. */
export function BirthdayRow({ birthday, saving, today, onPick }: BirthdayRowProps) {
  if (birthday) {
    return (
      <View className="profile-row">
        <Text className="profile-row__label">生日</Text>
        <Text className="profile-row__value profile-birthday">{formatDateZh(birthday)}</Text>
        <Text className="profile-row__note">已锁定</Text>
      </View>
    );
  }
  return (
    <Picker
      mode="date"
      value="1995-01-01"
      start="1920-01-01"
      end={today}
      onChange={(event) => onPick(String(event.detail.value))}
      disabled={saving}
    >
      <View className="profile-row birthday-picker">
        <Text className="profile-row__label">生日</Text>
        <Text className="profile-row__value profile-row__value--placeholder">
          {saving ? '保存中…' : '设置生日，领取生日礼'}
        </Text>
        <Text className="profile-row__arrow">›</Text>
      </View>
    </Picker>
  );
}
