import { Input, Text, View } from '@tarojs/components';
import { createAccountRequest, type AccountResponse, type StoreResponse } from '@app/shared';
import { useState } from 'react';
import { toApiError } from '../../../lib/api-error';
import { createAccount } from '../api/accounts';
import './ProvisionStaffForm.scss';

type Role = 'staff' | 'marketer';

export interface ProvisionStaffFormProps {
  stores: StoreResponse[];
  onCreated: (account: AccountResponse) => void;
}

const FIELD_MESSAGES: Record<string, string> = {
  openid: '请输入 openid（字母、数字、_ 或 -，最多 128 位）',
  storeId: '请选择店员所属门店',
};

/** 开通账号: an openid becomes a store's staff (bound to one store) or a head-office marketer. */
export function ProvisionStaffForm({ stores, onCreated }: ProvisionStaffFormProps) {
  const [openid, setOpenid] = useState('');
  const [role, setRole] = useState<Role>('staff');
  const [storeId, setStoreId] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  const submit = async () => {
    const body = { openid: openid.trim(), role, ...(role === 'staff' && storeId ? { storeId } : {}) };
    const parsed = createAccountRequest.safeParse(body);
    if (!parsed.success) {
      const field = String(parsed.error.issues[0]?.path[0] ?? 'openid');
      setError(FIELD_MESSAGES[field] ?? '请检查填写的内容');
      return;
    }
    setPending(true);
    setError(null);
    try {
      onCreated(await createAccount(parsed.data));
      setOpenid('');
    } catch (caught) {
      setError(toApiError(caught).message);
    } finally {
      setPending(false);
    }
  };

  return (
    <View className="panel provision-form">
      <View className="panel__title">
        <Text>开通员工账号</Text>
        <Text className="panel__hint">员工用微信登录后即可使用</Text>
      </View>

      <Text className="provision-form__label">微信 openid</Text>
      <Input
        className="field provision-openid"
        value={openid}
        placeholder="例如 staff-s003"
        placeholderClass="field__placeholder"
        onInput={(event) => setOpenid(event.detail.value)}
      />

      <Text className="provision-form__label">角色</Text>
      <View className="provision-form__segments">
        {(['staff', 'marketer'] as const).map((value) => (
          <View
            key={value}
            className={`provision-form__segment provision-role-${value}${role === value ? ' provision-form__segment--on' : ''}`}
            onClick={() => setRole(value)}
          >
            {value === 'staff' ? '门店店员' : '总部营销'}
          </View>
        ))}
      </View>

      {role === 'staff' && (
        <>
          <Text className="provision-form__label">所属门店</Text>
          {stores.length > 0 ? (
            <View className="provision-form__stores">
              {stores.map((store) => (
                <View
                  key={store.storeId}
                  className={`provision-form__store provision-store-${store.storeId}${storeId === store.storeId ? ' provision-form__store--on' : ''}`}
                  onClick={() => setStoreId(store.storeId)}
                >
                  <Text className="provision-form__store-name">{store.name.replace(/^.*·/, '')}</Text>
                  <Text className="provision-form__store-id">{store.storeId}</Text>
                </View>
              ))}
            </View>
          ) : (
            <Input
              className="field provision-store-input"
              value={storeId}
              placeholder="门店编号，例如 S003"
              placeholderClass="field__placeholder"
              onInput={(event) => setStoreId(event.detail.value.trim().toUpperCase())}
            />
          )}
        </>
      )}

      {error && <Text className="provision-form__error provision-error">{error}</Text>}
      <View
        className={`btn btn--primary provision-form__submit provision-submit${pending ? ' btn--disabled' : ''}`}
        hoverClass="btn--pressed"
        onClick={() => void submit()}
      >
        {pending ? '开通中…' : '开通账号'}
      </View>
    </View>
  );
}
