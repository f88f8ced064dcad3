import { Text, View } from '@tarojs/components';
import type { MyPlanResponse, PlanView } from '@app/shared';
import { formatDateZh } from '../../../lib/format';
import { benefitWords } from '../plan-words';

/** The PLUS card face: the member's plan and its end, or what PLUS gives (the best benefits among the plans). */
export function PlusBenefits({ plans, mine }: { plans: PlanView[]; mine: MyPlanResponse }) {
  const offered = [...new Set(plans.flatMap((plan) => benefitWords(plan.benefits)))];
  const perks = mine ? benefitWords(mine.benefits) : offered;
  const coupons = plans.some((plan) => plan.benefits.monthlyTemplateIds.length > 0);
  return (
    <View className={`plus-face${mine ? ' plus-face--held' : ''}`}>
      <Text className="plus-face__badge">啡常PLUS</Text>
      <Text className="plus-face__state plus-status">
        {mine ? `${mine.name} · 有效期至${formatDateZh(mine.activeUntil)}` : '尚未开通'}
      </Text>
      <View className="plus-face__perks">
        {[...perks, ...(coupons ? ['每月专享券'] : []), '与等级折扣取更优，不叠加'].map((perk) => (
          <Text key={perk} className="plus-face__perk">
            {perk}
          </Text>
        ))}
      </View>
    </View>
  );
}
