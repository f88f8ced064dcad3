import { Button, Text, View } from '@tarojs/components';
import type { PlanView } from '@app/shared';
import { useState } from 'react';
import { formatFen } from '../../../lib/money';
import { benefitWords, periodLabel } from '../plan-words';

export type PayWith = 'wechat' | 'wallet';

/** 月卡 / 季卡 / 年卡 with price and per-month price, how to pay (微信支付 or 钱包余额), then 立即开通 / 立即续费. */
export function PlanChooser({
  plans,
  renewing,
  busy,
  onPay,
}: {
  plans: PlanView[];
  renewing: boolean;
  busy: boolean;
  onPay: (planId: string, payWith: PayWith) => void;
}) {
  const [planId, setPlanId] = useState(plans[0]?.planId ?? '');
  const [payWith, setPayWith] = useState<PayWith>('wechat');
  const chosen = plans.find((plan) => plan.planId === planId);
  return (
    <View className="plus-chooser">
      <View className="plus-plans">
        {plans.map((plan) => (
          <View
            key={plan.planId}
            className={`plus-plan plus-plan-${plan.planId}${plan.planId === planId ? ' plus-plan--chosen' : ''}`}
            onClick={() => setPlanId(plan.planId)}
          >
            <Text className="plus-plan__period">{periodLabel(plan.periodDays)}</Text>
            <Text className="plus-plan__price">{formatFen(plan.priceFen)}</Text>
            <Text className="plus-plan__month">
              {plan.periodDays > 31
                ? `约${formatFen(Math.round((plan.priceFen * 30) / plan.periodDays))}/月`
                : `${plan.periodDays}天`}
            </Text>
          </View>
        ))}
      </View>
      {chosen ? (
        <Text className="plus-chooser__benefits">{[chosen.name, ...benefitWords(chosen.benefits)].join(' · ')}</Text>
      ) : null}
      <View className="pay-with">
        {(['wechat', 'wallet'] as const).map((way) => (
          <View
            key={way}
            className={`pay-with__way pay-with-${way}${payWith === way ? ' pay-with__way--chosen' : ''}`}
            onClick={() => setPayWith(way)}
          >
            <Text>{way === 'wechat' ? '微信支付' : '钱包余额'}</Text>
          </View>
        ))}
      </View>
      <Button
        className="plus-pay"
        disabled={busy || !chosen}
        loading={busy}
        onClick={() => chosen && onPay(chosen.planId, payWith)}
      >
        {chosen ? `${renewing ? '立即续费' : '立即开通'} ${formatFen(chosen.priceFen)}` : '立即开通'}
      </Button>
      <Text className="plus-note">
        {renewing ? '续费从当前到期日顺延。' : ''}开通后立即生效，到店出示会员码即享权益；不自动续费。
      </Text>
    </View>
  );
}
