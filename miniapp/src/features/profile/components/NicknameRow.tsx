import { Input, Text, View } from '@tarojs/components';
import { useState } from 'react';

export interface NicknameRowProps {
  nickname: string;
  saving: boolean;
  onSave: (nickname: string) => Promise<boolean>;
}

const MAX = 20;

/** 昵称 row: tap 修改 to edit in place, 保存 to send it, 取消 to leave it. */
export function NicknameRow({ nickname, saving, onSave }: NicknameRowProps) {
  const [editing, setEditing] = useState(false);
  const [draft, setDraft] = useState(nickname);
  const trimmed = draft.trim();
  const canSave = trimmed.length > 0 && trimmed.length <= MAX && trimmed !== nickname && !saving;

  if (!editing) {
    return (
      <View className="profile-row">
        <Text className="profile-row__label">昵称</Text>
        <Text className="profile-row__value profile-nickname">{nickname}</Text>
        <Text
          className="profile-row__action profile-nickname-edit"
          onClick={() => {
            setDraft(nickname);
            setEditing(true);
          }}
        >
          修改
        </Text>
      </View>
    );
  }

  return (
    <View className="profile-row profile-row--editing">
      <Text className="profile-row__label">昵称</Text>
      <Input
        className="profile-row__input profile-nickname-input"
        value={draft}
        maxlength={MAX}
        focus
        placeholder="1-20 个字"
        onInput={(event) => setDraft(event.detail.value)}
        onConfirm={() => canSave && void onSave(trimmed).then((ok) => ok && setEditing(false))}
      />
      <Text className="profile-row__action profile-row__action--muted" onClick={() => setEditing(false)}>
        取消
      </Text>
      <Text
        className={`profile-row__action profile-nickname-save${canSave ? '' : ' profile-row__action--disabled'}`}
        onClick={() => canSave && void onSave(trimmed).then((ok) => ok && setEditing(false))}
      >
        {saving ? '保存中' : '保存'}
      </Text>
    </View>
  );
}
