import { Text, View } from '@tarojs/components';
import type { CouponCenterEntry } from '@app/shared';
import type { ClaimState } from '../hooks/use-coupon-center';
import {
  centerState,
  claimWindowText,
  conditionsText,
  remainingText,
  storeScopeText,
  validityText,
} from '../coupon-words';
import { CouponStub } from './CouponStub';

export interface CenterEntryCardProps {
  entry: CouponCenterEntry;
  claim: ClaimState;
  now: number;
  onClaim: (entry: CouponCenterEntry) => void;
  onOpenWallet: () => void;
}

/**
 * One campaign of 领券中心, as a ticket: the coupon's value and terms, how long it is good for once claimed, the claim
 * window, what is left (剩余 N 张 / 不限量) and the button: 领取 (再领一张), 领取中…, 重试领取, or why not — 已领取,
 * 已抢光, 未开始, 已结束.
 */
export function CenterEntryCard({ entry, claim, now, onClaim, onOpenWallet }: CenterEntryCardProps) {
  const state = centerState(entry, now);
  const open = state.kind === 'claimable';
  const label = claim.pending ? '领取中…' : claim.canRetry && open ? '重试领取' : state.label;
  const window = claimWindowText(entry.claimFrom, entry.claimUntil);
  return (
    <View
      className={`coupon-ticket center-entry center-entry-${entry.campaignId} center-entry--${state.kind}`}
      data-campaign-id={entry.campaignId}
    >
      <CouponStub terms={entry.template} muted={!open && state.kind !== 'claimed'} />
      <View className="coupon-ticket__body">
        <Text className="coupon-ticket__title center-entry__title">{entry.title}</Text>
        <Text className="coupon-ticket__conditions">{conditionsText(entry.template)}</Text>
        <Text className="center-entry__line center-entry-validity">{validityText(entry.template.validity)}</Text>
        {entry.template.storeIds && (
          <Text className="center-entry__line">{storeScopeText(entry.template.storeIds, entry.storeNames)}</Text>
        )}
        {window && <Text className="center-entry__line center-entry-window">{window}</Text>}
        <View className="coupon-ticket__foot">
          <Text className="center-entry__stock center-entry-remaining">
            {remainingText(entry.remaining)}
            {entry.perMemberLimit > 1 ? ` · 已领 ${entry.claimedByMe}/${entry.perMemberLimit}` : ''}
          </Text>
          <View
            className={`center-entry__claim claim-${entry.campaignId} claim-button--${state.kind}${open ? '' : ' center-entry__claim--off'}${claim.pending ? ' btn--disabled' : ''}`}
            hoverClass={open ? 'btn--pressed' : undefined}
            onClick={() => open && onClaim(entry)}
          >
            <Text>{label}</Text>
          </View>
        </View>
        {claim.error && <Text className="center-entry__error claim-error">{claim.error}</Text>}
        {state.kind === 'claimed' && (
          <Text className="center-entry__use center-entry-use" onClick={onOpenWallet}>
            已放入我的优惠券，去使用 ›
          </Text>
        )}
      </View>
    </View>
  );
}
