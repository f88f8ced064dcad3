import { Input, Text, View } from '@tarojs/components';
import { useState } from 'react';
import { isWeapp } from '../../config/env';
import { ScannedOrder } from '../../features/handout/components/ScannedOrder';
import { ScannedMember } from '../../features/store-scan/components/ScannedMember';
import { useStoreScan } from '../../features/store-scan/hooks/use-store-scan';
import { openPage, relaunch, routes } from '../../lib/routes';
import { clearSession, loadSession } from '../../lib/session';
import { useRoleGuard } from '../../lib/use-role-guard';
import './index.scss';

/** Staff counter: scan (camera) or type a member code and see who it is, or a pickup code and hand the order out. */
export default function StoreScanPage() {
  useRoleGuard('staff');
  const session = loadSession();
  const [input, setInput] = useState('');
  const { result, code, error, pending, seq, lookup, scanWithCamera, reset } = useStoreScan();

  const submit = () => void lookup(input);

  return (
    <View className="page store-scan">
      <View className="store-scan__header">
        <View>
          <Text className="store-scan__title">门店收银台</Text>
          <Text className="store-scan__store">门店编号 {session?.storeId ?? '—'}</Text>
        </View>
        <Text
          className="store-scan__switch"
          onClick={() => {
            clearSession();
            void relaunch(routes.login);
          }}
        >
          退出
        </Text>
      </View>

      <View className="store-scan__nav">
        <View className="store-scan__nav-item scan-nav-refund" hoverClass="btn--pressed" onClick={() => void openPage(routes.storeRefund)}>
          <Text className="store-scan__nav-icon store-scan__nav-icon--refund">退</Text>
          <View className="store-scan__nav-text">
            <Text className="store-scan__nav-title">退款</Text>
            <Text className="store-scan__nav-hint">按小票号办理</Text>
          </View>
        </View>
        <View className="store-scan__nav-item scan-nav-activity" hoverClass="btn--pressed" onClick={() => void openPage(routes.storeActivity)}>
          <Text className="store-scan__nav-icon store-scan__nav-icon--activity">流</Text>
          <View className="store-scan__nav-text">
            <Text className="store-scan__nav-title">今日流水</Text>
            <Text className="store-scan__nav-hint">消费、退款、兑换</Text>
          </View>
        </View>
      </View>

      {isWeapp && (
        <View className="store-scan__camera scan-camera" hoverClass="btn--pressed" onClick={() => void scanWithCamera()}>
          <View className="store-scan__camera-icon" />
          <Text className="store-scan__camera-text">扫描会员码 / 提货码</Text>
          <Text className="store-scan__camera-hint">请顾客打开会员卡或兑换详情，对准二维码</Text>
        </View>
      )}

      <View className="panel">
        <View className="panel__title">
          <Text>{isWeapp ? '手动输入' : '输入会员码或提货码'}</Text>
          <Text className="panel__hint">二维码下方的数字</Text>
        </View>
        <View className="store-scan__form">
          <Input
            className="field store-scan__input scan-input"
            type="text"
            value={input}
            placeholder="会员码，或 8 位提货码"
            placeholderClass="field__placeholder"
            confirmType="search"
            onInput={(event) => setInput(event.detail.value)}
            onConfirm={submit}
          />
          <View className={`btn btn--primary store-scan__submit scan-submit${pending ? ' btn--disabled' : ''}`} hoverClass="btn--pressed" onClick={submit}>
            {pending ? '查询中' : '查询'}
          </View>
        </View>
        {error && <Text className="store-scan__error scan-error">{error}</Text>}
      </View>

      {result?.kind === 'member' && <ScannedMember member={result.member} couponCount={result.coupons.length} />}
      {result?.kind === 'order' && <ScannedOrder key={seq} order={result.order} member={result.member} />}

      {result?.kind === 'member' && code && (
        <View className="btn btn--primary store-scan__purchase purchase-open" hoverClass="btn--pressed" onClick={() => void openPage(routes.storePurchase, { code })}>
          记录消费
        </View>
      )}

      {result && (
        <View
          className="btn btn--ghost store-scan__next"
          hoverClass="btn--pressed"
          onClick={() => {
            reset();
            setInput('');
          }}
        >
          下一位顾客
        </View>
      )}
    </View>
  );
}
