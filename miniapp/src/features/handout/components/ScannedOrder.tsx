import { Text, View } from '@tarojs/components';
import type { OrderView, ScannedMember } from '@app/shared';
import { LevelBadge } from '../../../components/level-badge';
import { formatNumber } from '../../../lib/format';
import { formatFen } from '../../../lib/money';
import { formatMoment, pickupDigits } from '../../orders/order-words';
import { handoutState } from '../handout-words';
import { useHandout } from '../hooks/use-handout';
import './ScannedOrder.scss';

/**
 * A scanned pickup code at the counter: what to hand out (item, quantity), to whom, the cash to collect, the
 * order's state and until when the code is good — then 确认发放, and 已发放 once the server has recorded it. An
 * order that cannot be handed out (already, cancelled, expired) says why and offers no button.
 */
export function ScannedOrder({ order, member, now }: { order: OrderView; member: ScannedMember; now?: number }) {
  const handout = useHandout(order);
  const shown = handout.done?.order ?? order;
  const state = handoutState(order, now);
  const done = !!handout.done;
  const statusText = done ? '已发放' : state.kind === 'blocked' ? state.status : '待领取';
  const statusTone = done ? 'done' : state.kind === 'blocked' ? 'blocked' : 'ready';
  return (
    <View className={`panel scan-order scan-order--${statusTone}`}>
      <View className="scan-order__top">
        <Text className="scan-order__tag">积分兑换提货</Text>
        <Text className={`scan-order__status scan-order__status--${statusTone} scan-order-status`}>{statusText}</Text>
      </View>

      <View className="scan-order__item">
        <Text className="scan-order__name scan-order-item">{shown.itemName}</Text>
        <Text className="scan-order__qty scan-order-quantity">×{shown.quantity}</Text>
      </View>
      <Text className="scan-order__code">
        提货码 {shown.pickupCode ? pickupDigits(shown.pickupCode) : '—'} · {formatNumber(shown.points)} 积分已扣
      </Text>

      <View className="scan-order__member">
        <View className="scan-order__avatar">
          <Text>{member.nickname.slice(0, 1)}</Text>
        </View>
        <View className="scan-order__who">
          <Text className="scan-order__nickname scan-order-member">{member.nickname}</Text>
          <Text className="scan-order__no">会员号 {member.memberNo}</Text>
        </View>
        <LevelBadge code={member.level.code} name={member.level.name} size="small" />
      </View>

      <View className="scan-order__grid">
        <View className="scan-order__cell">
          <Text className="scan-order__label">
            {statusTone === 'ready' ? '应收现金' : statusTone === 'done' ? '已收现金' : '现金部分'}
          </Text>
          <Text
            className={`scan-order__big scan-order-cash${shown.cashFen > 0 && statusTone === 'ready' ? ' scan-order__big--due' : ''}`}
          >
            {shown.cashFen > 0 ? formatFen(shown.cashFen) : '无需收款'}
          </Text>
        </View>
        <View className="scan-order__cell">
          <Text className="scan-order__label">{done ? '发放门店' : '领取期限'}</Text>
          <Text className="scan-order__mid scan-order-pickup-by">
            {done ? (shown.fulfilledStoreId ?? '本店') : shown.pickupBy ? formatMoment(shown.pickupBy) : '—'}
          </Text>
        </View>
      </View>

      {done ? (
        <View className="scan-order__done handout-done">
          <Text className="scan-order__done-check">✓</Text>
          <View className="scan-order__done-text">
            <Text className="scan-order__done-title">已发放</Text>
            <Text className="scan-order__done-sub">
              {handout.done!.order.fulfilledAt ? `${formatMoment(handout.done!.order.fulfilledAt)} · ` : ''}请将礼品交给{' '}
              {handout.done!.member.nickname}
            </Text>
          </View>
        </View>
      ) : state.kind === 'blocked' ? (
        <Text className="scan-order__why handout-blocked">{state.why}</Text>
      ) : (
        <>
          {handout.error && (
            <Text className={`scan-order__error handout-error${handout.refused ? ' scan-order__error--final' : ''}`}>
              {handout.error}
            </Text>
          )}
          {!handout.refused && (
            <>
              {shown.cashFen > 0 && (
                <Text className="scan-order__collect">请先向会员收取 {formatFen(shown.cashFen)}，再发放礼品</Text>
              )}
              <View
                className={`btn btn--primary scan-order__confirm handout-confirm${handout.pending ? ' btn--disabled' : ''}`}
                hoverClass="btn--pressed"
                onClick={() => void handout.fulfil()}
              >
                <Text>{handout.pending ? '发放中…' : handout.canRetry ? '重试发放' : '确认发放'}</Text>
              </View>
            </>
          )}
        </>
      )}
    </View>
  );
}
