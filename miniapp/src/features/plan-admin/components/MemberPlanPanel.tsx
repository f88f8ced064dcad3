import { Text, View } from '@tarojs/components';
import type { Member360 } from '@app/shared';
import { discountLabel, formatDate } from '../../../lib/format';
import { CARD_STATUS_WORDS, usesLeftWords } from '../../plans/card-words';
import '../../marketer/components/AdminRows.scss';
import './plan-admin.scss';

/** 会员 360: the member's PLUS (running or ended, with its end) and punch cards with the uses left. */
export function MemberPlanPanel({ member, nowMs = Date.now() }: { member: Member360; nowMs?: number }) {
  const plan = member.paidPlan ?? null;
  const cards = member.punchCards ?? [];
  const running = plan !== null && Date.parse(plan.activeUntil) > nowMs;
  return (
    <View className="panel member-plan-panel">
      <View className="panel__title">
        <Text>付费会员与次卡</Text>
      </View>
      <Text className={`member-plan member-plan--${running ? 'on' : 'off'}`}>
        {plan
          ? `${plan.name}${plan.discountPercent === null ? '' : ` · ${discountLabel(plan.discountPercent)}`} · ${running ? '' : '已于'}${formatDate(plan.activeUntil)}${running ? ' 到期' : '到期'}`
          : '未开通付费会员'}
      </Text>
      {cards.length === 0 ? (
        <Text className="member-plan-cards-none">没有次卡</Text>
      ) : (
        cards.map((card) => (
          <View key={card.cardId} className={`admin-row member-card-row member-card-${card.cardId}`}>
            <View className="admin-row__text">
              <Text className="admin-row__title">{card.name}</Text>
              <Text className="admin-row__meta">
                {usesLeftWords(card)} · {formatDate(card.validUntil)} 到期
              </Text>
            </View>
            <Text className={`admin-state${card.status === 'active' ? '' : ' admin-state--off'}`}>
              {CARD_STATUS_WORDS[card.status]}
            </Text>
          </View>
        ))
      )}
    </View>
  );
}
