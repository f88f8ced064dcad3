import { Image, Text, View } from '@tarojs/components';
import type { InvitationResponse, StoreResponse } from '@app/shared';
import { useMemo, useState } from 'react';
import { unansweredMessage } from '../../../lib/api-error';
import { qrDataUri } from '../../../lib/qr';
import { useOnceOnly } from '../../../lib/use-once-only';
import { TextField } from '../../campaigns/components/FormParts';
import { createInvitation } from '../api/invitations';
import { groupedCode, invitationLink, invitationMeta } from '../invite-link';
import './InviteStaffForm.scss';
import { shortStoreName } from '../../../lib/format';

/**
 * 邀请店员: pick the store, get a one-time invitation (24 hours) as a QR. The new employee scans it, logs in with
 * WeChat and works at that store — nobody needs their openid.
 */
export function InviteStaffForm({ stores }: { stores: StoreResponse[] }) {
  const [storeId, setStoreId] = useState('');
  const [name, setName] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [invitation, setInvitation] = useState<InvitationResponse | null>(null);
  const once = useOnceOnly('invite');

  const submit = async () => {
    if (!storeId) {
      setError('请选择新店员所属门店');
      return;
    }
    if (!name.trim()) {
      setError('请填写新店员的姓名（排名和日志里用它称呼）');
      return;
    }
    setError(null);
    const body = { storeId, name: name.trim() };
    const outcome = await once.submit(JSON.stringify(body), (key) => createInvitation(body, key));
    if (outcome.kind === 'done') setInvitation(outcome.value);
    else if (outcome.kind === 'no-answer') setError(unansweredMessage(outcome.error));
    else if (outcome.kind === 'refused') setError(outcome.error.message);
  };

  return (
    <View className="panel invite-form">
      <View className="panel__title">
        <Text>邀请店员</Text>
        <Text className="panel__hint">新店员扫码、微信登录后即可在门店收银</Text>
      </View>
      <Text className="invite-form__label">所属门店</Text>
      <View className="invite-form__stores">
        {stores.map((store) => (
          <View
            key={store.storeId}
            className={`invite-form__store invite-store-${store.storeId}${storeId === store.storeId ? ' invite-form__store--on' : ''}`}
            onClick={() => {
              setStoreId(store.storeId);
              setInvitation(null);
            }}
          >
            <Text className="invite-form__store-name">{shortStoreName(store.name)}</Text>
            <Text className="invite-form__store-id">{store.storeId}</Text>
          </View>
        ))}
      </View>
      <Text className="invite-form__label">姓名</Text>
      <TextField
        className="invite-name"
        value={name}
        placeholder="例如 王小明"
        maxlength={20}
        onChange={(value) => {
          setName(value);
          setInvitation(null);
        }}
      />
      {error && <Text className="invite-form__error invite-error">{error}</Text>}
      <View
        className={`btn btn--primary invite-form__submit invite-submit${once.pending ? ' btn--disabled' : ''}`}
        hoverClass="btn--pressed"
        onClick={() => void submit()}
      >
        {once.pending ? '生成中…' : once.canRetry ? '重试生成' : invitation ? '再生成一个邀请' : '生成邀请二维码'}
      </View>
      {invitation && <InvitationCard invitation={invitation} />}
    </View>
  );
}

function InvitationCard({ invitation }: { invitation: InvitationResponse }) {
  const src = useMemo(() => qrDataUri(invitationLink(invitation)), [invitation]);
  return (
    <View className="invite-card invite-result">
      <Image className="invite-card__qr invite-qr" src={src} mode="aspectFit" />
      <Text className="invite-card__code invite-code">{groupedCode(invitation.invitation)}</Text>
      <Text className="invite-card__meta invite-meta">{invitationMeta(invitation)}</Text>
      <Text className="invite-card__meta">请新店员用微信扫码；邀请只能使用一次</Text>
    </View>
  );
}
