import { Input, Text, View } from '@tarojs/components';
import { useState } from 'react';
import { isWeapp } from '../../config/env';
import { ScannedOrder } from '../../features/handout/components/ScannedOrder';
import { ScannedCoupon } from '../../features/store-scan/components/ScannedCoupon';
import { ScannedCoupons } from '../../features/store-scan/components/ScannedCoupons';
import { ScannedMember } from '../../features/store-scan/components/ScannedMember';
import { ScannedPlus } from '../../features/counter-cards/components/ScannedPlus';
import { useCounterCoupon } from '../../features/store-scan/hooks/use-counter-coupon';
import { useStoreScan } from '../../features/store-scan/hooks/use-store-scan';
import { openPage, relaunch, routes } from '../../lib/routes';
import { clearSession, loadSession } from '../../lib/session';
import { useRoleGuard } from '../../lib/use-role-guard';
import './index.scss';

/**
 * Staff counter: scan (camera) or type a member code and see who it is and the coupons they can use here, a coupon
 * code and see the coupon and its member (then the member's code to record the purchase with it), or a pickup code
 * and hand the order out.
 */
export default function StoreScanPage() {
  useRoleGuard('staff');
  const session = loadSession();
  const [input, setInput] = useState('');
  const { result, code, error, pending, seq, lookup, scanWithCamera, reset } = useStoreScan();
  const counterCoupon = useCounterCoupon(result, session?.storeId);
  const { chosen } = counterCoupon;

  const submit = () => void lookup(input);
  const member = result?.kind === 'member' ? result : null;
  const chosenHere = chosen && member && chosen.memberId === member.member.memberId ? chosen : null;

  return (
    <View className="page store-scan">
      <View className="store-scan__header">
        <View>
          <Text className="store-scan__title">门店收银台</Text>
          <Text className="store-scan__store store-name">
            {session?.storeName ? `${session.storeName} · ${session.storeId}` : `门店编号 ${session?.storeId ?? '—'}`}
          </Text>
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
        <View
          className="store-scan__nav-item scan-nav-refund"
          hoverClass="btn--pressed"
          onClick={() => void openPage(routes.storeRefund)}
        >
          <Text className="store-scan__nav-icon store-scan__nav-icon--refund">退</Text>
          <View className="store-scan__nav-text">
            <Text className="store-scan__nav-title">退款</Text>
            <Text className="store-scan__nav-hint">按小票号办理</Text>
          </View>
        </View>
        <View
          className="store-scan__nav-item scan-nav-activity"
          hoverClass="btn--pressed"
          onClick={() => void openPage(routes.storeActivity)}
        >
          <Text className="store-scan__nav-icon store-scan__nav-icon--activity">流</Text>
          <View className="store-scan__nav-text">
            <Text className="store-scan__nav-title">今日流水</Text>
            <Text className="store-scan__nav-hint">消费、退款、兑换</Text>
          </View>
        </View>
      </View>

      {isWeapp && (
        <View
          className="store-scan__camera scan-camera"
          hoverClass="btn--pressed"
          onClick={() => void scanWithCamera()}
        >
          <View className="store-scan__camera-icon" />
          <Text className="store-scan__camera-text">扫描会员码 / 券码 / 提货码</Text>
          <Text className="store-scan__camera-hint">请顾客打开会员卡、优惠券或兑换详情，对准二维码</Text>
        </View>
      )}

      <View className="panel">
        <View className="panel__title">
          <Text>{isWeapp ? '手动输入' : '输入会员码、券码或提货码'}</Text>
          <Text className="panel__hint">二维码下方的数字</Text>
        </View>
        <View className="store-scan__form">
          <Input
            className="field store-scan__input scan-input"
            type="text"
            value={input}
            placeholder="会员码、券码，或 8 位提货码"
            placeholderClass="field__placeholder"
            confirmType="search"
            onInput={(event) => setInput(event.detail.value)}
            onConfirm={submit}
          />
          <View
            className={`btn btn--primary store-scan__submit scan-submit${pending ? ' btn--disabled' : ''}`}
            hoverClass="btn--pressed"
            onClick={submit}
          >
            {pending ? '查询中' : '查询'}
          </View>
        </View>
        {error && <Text className="store-scan__error scan-error">{error}</Text>}
      </View>

      {counterCoupon.mismatch && (
        <Text className="scan-pending-mismatch">这不是刚才那张优惠券的会员，已取消选券；请扫描券主本人的会员码</Text>
      )}
      {member && <ScannedMember member={member.member} couponCount={member.coupons.length} />}
      {member && code && (
        <ScannedPlus
          scan={member}
          onUseCard={(card) =>
            void openPage(routes.storeUseCard, {
              code,
              card,
              ...(member.counterTicket ? { ticket: member.counterTicket } : {}),
            })
          }
        />
      )}
      {member && (
        <ScannedCoupons
          coupons={member.coupons}
          chosenId={chosenHere?.couponId ?? null}
          onToggle={(coupon) =>
            counterCoupon.choose(
              chosenHere?.couponId === coupon.couponId
                ? null
                : {
                    couponId: coupon.couponId,
                    memberId: member.member.memberId,
                    title: coupon.title,
                    fromCouponCode: false,
                  },
            )
          }
        />
      )}
      {result?.kind === 'coupon' && (
        <ScannedCoupon
          key={seq}
          coupon={result.coupon}
          member={result.member}
          storeId={session?.storeId}
          onScanMember={() => void scanWithCamera()}
        />
      )}
      {result?.kind === 'order' && <ScannedOrder key={seq} order={result.order} member={result.member} />}

      {member && chosenHere && (
        <View className="scan-pending-coupon">
          <Text className="scan-pending-coupon__text">本单使用优惠券：{chosenHere.title}</Text>
          <Text className="scan-pending-coupon__clear scan-pending-coupon-clear" onClick={counterCoupon.clear}>
            不用了
          </Text>
        </View>
      )}
      {member && code && (
        <View
          className="btn btn--primary store-scan__purchase purchase-open"
          hoverClass="btn--pressed"
          onClick={() =>
            void openPage(routes.storePurchase, {
              code,
              ...(member.counterTicket ? { ticket: member.counterTicket } : {}),
              ...(chosenHere ? { coupon: chosenHere.couponId } : {}),
            })
          }
        >
          {chosenHere ? '记录消费（用券）' : '记录消费'}
        </View>
      )}
      {member && code && (
        <View
          className="btn btn--ghost store-scan__purchase topup-open"
          hoverClass="btn--pressed"
          onClick={() =>
            void openPage(routes.storeTopup, {
              code,
              ...(member.counterTicket ? { ticket: member.counterTicket } : {}),
            })
          }
        >
          充值
        </View>
      )}

      {result && (
        <View
          className="btn btn--ghost store-scan__next"
          hoverClass="btn--pressed"
          onClick={() => {
            reset();
            counterCoupon.clear();
            setInput('');
          }}
        >
          下一位顾客
        </View>
      )}
    </View>
  );
}
