import { Text, View } from '@tarojs/components';
import type { MallItemView } from '@app/shared';
import { formatNumber } from '../../../lib/format';
import { formatFen } from '../../../lib/money';
import { PICKUP_DAYS } from '../mall-words';
import { ItemImage } from './ItemImage';
import './RedeemSheet.scss';

export interface RedeemSheetProps {
  item: MallItemView;
  quantity: number;
  balance: number | null;
  pending: boolean;
  error: string | null;
  canRetry: boolean;
  onConfirm: () => void;
  onClose: () => void;
}

/** 确认兑换: what, how many, the points it takes, the cash to pay at pickup, how long the pickup code is good for. */
export function RedeemSheet({
  item,
  quantity,
  balance,
  pending,
  error,
  canRetry,
  onConfirm,
  onClose,
}: RedeemSheetProps) {
  const points = item.points * quantity;
  const cash = item.cashFen * quantity;
  return (
    <View className="redeem-sheet" onClick={onClose}>
      <View
        className="redeem-sheet__card redeem-sheet-card"
        onClick={(event?: { stopPropagation?: () => void }) => event?.stopPropagation?.()}
      >
        <View className="redeem-sheet__head">
          <Text className="redeem-sheet__title">确认兑换</Text>
          <Text className="redeem-sheet__close redeem-close" onClick={onClose}>
            ×
          </Text>
        </View>
        <View className="redeem-sheet__item">
          <ItemImage name={item.name} category={item.category} src={item.images[0]} size="thumb" />
          <View className="redeem-sheet__item-text">
            <Text className="redeem-sheet__name">{item.name}</Text>
            <Text className="redeem-sheet__unit">
              {formatNumber(item.points)} 积分{item.cashFen > 0 ? ` + ${formatFen(item.cashFen)}` : ''} / 件
            </Text>
          </View>
          <Text className="redeem-sheet__qty redeem-quantity">×{quantity}</Text>
        </View>
        <View className="redeem-sheet__rows">
          <View className="redeem-sheet__row">
            <Text className="redeem-sheet__label">消耗积分</Text>
            <Text className="redeem-sheet__value redeem-sheet__value--points redeem-total-points">
              {formatNumber(points)} 积分
            </Text>
          </View>
          {cash > 0 && (
            <View className="redeem-sheet__row">
              <Text className="redeem-sheet__label">到店支付</Text>
              <Text className="redeem-sheet__value redeem-total-cash">{formatFen(cash)}</Text>
            </View>
          )}
          {balance !== null && (
            <View className="redeem-sheet__row">
              <Text className="redeem-sheet__label">兑换后剩余</Text>
              <Text className="redeem-sheet__value redeem-sheet__value--muted">
                {formatNumber(balance - points)} 积分
              </Text>
            </View>
          )}
        </View>
        <View className="redeem-sheet__note">
          <Text className="redeem-sheet__note-line">· 提货码{PICKUP_DAYS}天内有效，到任意门店出示提货码领取</Text>
          {cash > 0 && <Text className="redeem-sheet__note-line">· 领取时需在门店支付 {formatFen(cash)}</Text>}
          <Text className="redeem-sheet__note-line">· 领取前可以取消兑换，积分将退回你的账户</Text>
        </View>
        {error && <Text className="redeem-sheet__error redeem-error">{error}</Text>}
        <View
          className={`btn btn--primary redeem-sheet__confirm redeem-confirm${pending ? ' btn--disabled' : ''}`}
          hoverClass="btn--pressed"
          onClick={onConfirm}
        >
          <Text>{pending ? '兑换中…' : canRetry ? '重试兑换' : '确认兑换'}</Text>
        </View>
      </View>
    </View>
  );
}
