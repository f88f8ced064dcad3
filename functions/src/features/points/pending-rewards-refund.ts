import { minimumPaidFor, refundEffect, type ProgramSettings } from '@app/shared';
import type {
  MemberRecord,
  PendingRewardRecord,
  PurchaseRecord,
  ReferralRecord,
  TxWrite,
} from '../../adapters/dynamodb';
import type { AppDeps } from '../../composition';
import { rewardId } from './pending-rewards';

type Deps = Pick<AppDeps, 'pendingRewards' | 'pointsAccounts' | 'engagement' | 'members'>;

/** The rewards a purchase caused that a refund may touch: the buyer's own, and the referral's at both levels. */
export interface PurchaseRewards {
  own: PendingRewardRecord[];
  referral: { record: ReferralRecord; rewards: { reward: PendingRewardRecord; member: MemberRecord }[] } | null;
}

export async function rewardsOfPurchase(
  purchase: PurchaseRecord,
  buyer: MemberRecord,
  deps: Deps,
): Promise<PurchaseRewards> {
  const own = await deps.pendingRewards.ofPurchase(buyer.memberId, purchase.purchaseId);
  const record = buyer.referrerId ? await deps.engagement.referral(buyer.referrerId, buyer.memberId) : undefined;
  if (!record || record.purchaseId !== purchase.purchaseId) return { own, referral: null };
  const rewards: { reward: PendingRewardRecord; member: MemberRecord }[] = [];
  const referrer = await deps.members.getById(record.referrerId, true);
  for (const [memberId, kind] of [
    [record.referrerId, 'referral'],
    [referrer?.referrerId, 'referral-second-level'],
  ] as const) {
    if (!memberId) continue;
    const reward = await deps.pendingRewards.get(memberId, rewardId(purchase.purchaseId, kind));
    const member = memberId === referrer?.memberId ? referrer : await deps.members.getById(memberId, true);
    if (reward && member) rewards.push({ reward, member });
  }
  return { own, referral: { record, rewards } };
}

/**
 * What a refund does to the rewards its purchase caused (rules: `refundEffect`): the writes that cancel or lower
 * them, and how the buyer's own pending points move. Each write is conditional on the reward still pending with
 * the points read, so a release racing with the refund makes the refund start over.
 */
export function undoOnRefund(
  rewards: PurchaseRewards,
  refund: { atMs: number; remainingPaidFen: number; pointsReversed: number; by: string },
  settings: ProgramSettings,
  deps: Deps,
): { writes: TxWrite[]; buyerPendingDelta: number } {
  const at = new Date(refund.atMs).toISOString();
  const writes: TxWrite[] = [];
  let buyerPendingDelta = 0;
  const effectOn = (reward: PendingRewardRecord) =>
    refundEffect(
      { ...reward, releasesAtMs: Date.parse(reward.releasesAt) },
      { ...refund, pointsReversed: reward.kind === 'purchase' ? refund.pointsReversed : 0 },
    );
  for (const reward of rewards.own.filter((one) => one.status === 'pending')) {
    const effect = effectOn(reward);
    if (effect.kind === 'cancel') {
      writes.push(...deps.pendingRewards.settleWrites(reward, 'cancelled', at, refund.by));
      buyerPendingDelta -= reward.points;
    } else if (effect.kind === 'reduce') {
      writes.push(deps.pendingRewards.reduceWrite(reward, effect.points));
      buyerPendingDelta -= reward.points - effect.points;
    }
  }
  const referral = rewards.referral;
  if (referral?.record.status === 'pending') {
    // Not settled yet: the record itself is cancelled when the refund leaves too little paid inside the window.
    const releasesAt = referral.record.releasesAt;
    const windowOpen = !releasesAt || refund.atMs < Date.parse(releasesAt);
    if (windowOpen && refund.remainingPaidFen < minimumPaidFor('referral', settings))
      writes.push(...deps.engagement.cancelWrites(referral.record, null));
  } else if (referral?.record.status === 'rewarded') {
    for (const { reward, member } of referral.rewards) {
      if (reward.status !== 'pending' || effectOn(reward).kind !== 'cancel') continue;
      writes.push(
        ...deps.pendingRewards.settleWrites(reward, 'cancelled', at, refund.by),
        ...deps.pointsAccounts.writes({ member, update: { pendingPointsDelta: -reward.points } }),
      );
      if (reward.kind === 'referral') writes.push(...deps.engagement.cancelWrites(referral.record, reward.capYear));
    }
  }
  return { writes, buyerPendingDelta };
}
