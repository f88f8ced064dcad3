import { DomainError, zonedParts } from '@app/shared';
import { REFERRAL_CAP_REACHED, REFERRAL_NOT_PENDING, type TxWrite } from '../../adapters/dynamodb';
import type { AppDeps } from '../../composition';
import { newIdFactory } from '../../core/ids';
import { retrying, RETRY } from '../../core/retry';
import { openBook } from '../points/account-book';
import { describeError, logger } from '../../http/logger';
import { announceReward, announcedWrites, releaseIfDue, type Announced } from '../points/pending-rewards';

type Deps = Pick<
  AppDeps,
  'members' | 'programAt' | 'pointsAccounts' | 'engagement' | 'commit' | 'pendingRewards' | 'entitlements' | 'coupons'
>;

/**
 * Announces the rewards of an invitee's first purchase: the referrer's (counted against their yearly cap inside the
 * same write) and the referrer's referrer's, in one transaction. They wait for the purchase's refund window
 * (product.md "待到账"): until the `release-pending-rewards` job pays them they count toward nothing — no balance,
 * no referral count, ranking or badge — and a refund inside the window cancels them. Idempotent: it acts only on a
 * pending record, and the record leaves `pending` in that same transaction. A capped referral pays nobody.
 */
export async function settleReferral(
  referrerId: string,
  inviteeId: string,
  nowMs: number,
  deps: Deps,
): Promise<'rewarded' | 'capped' | 'nothing'> {
  const settings = await deps.programAt(nowMs);
  const rules = settings.referral;
  const year = zonedParts(nowMs, settings.timezone).year;
  const newId = newIdFactory();
  let capped = false;
  let announcedOnce: Announced[] = [];
  const outcome = await retrying(async () => {
    const referral = await deps.engagement.referral(referrerId, inviteeId);
    if (referral?.status !== 'pending') return 'nothing';
    if (capped) {
      const outcome = await deps.commit(
        deps.engagement.settleWrites(referral, 'capped', year, rules.maxRewardedPerYear),
      );
      return outcome.ok ? 'capped' : RETRY;
    }
    const referrer = await deps.members.getById(referrerId, true);
    if (!referrer) throw new DomainError('NOT_FOUND', '推荐人不存在');
    const ref = { kind: 'referral', id: inviteeId };
    const purchase = { purchaseId: referral.purchaseId, atMs: Date.parse(referral.at) };
    const by = { kind: 'system' as const, id: 'referral' };
    const book = openBook(referrer, settings, nowMs, by, () => newId(nowMs));
    const announced = [
      announceReward(
        book,
        referrer,
        purchase,
        {
          kind: 'referral',
          entryType: 'bonus',
          reasonCode: 'referral',
          reason: `好友 ${referral.inviteeNo} 首次消费，邀请奖励`,
          ref,
          points: rules.referrerPoints,
          growth: 0,
          capYear: year,
        },
        settings,
      ),
    ];
    const writes: TxWrite[] = [
      ...deps.engagement.settleWrites(referral, 'rewarded', year, rules.maxRewardedPerYear),
      ...deps.pointsAccounts.writes({
        member: referrer,
        posting: book.posting(),
        update: { pendingPointsDelta: rules.referrerPoints },
      }),
      ...announcedWrites(announced, referrer.version, deps),
    ];
    const grand =
      referrer.referrerId && rules.secondLevelPoints > 0
        ? await deps.members.getById(referrer.referrerId, true)
        : undefined;
    if (grand) {
      const grandBook = openBook(grand, settings, nowMs, by, () => newId(nowMs));
      const second = announceReward(
        grandBook,
        grand,
        purchase,
        {
          kind: 'referral-second-level',
          entryType: 'bonus',
          reasonCode: 'referral-second-level',
          reason: `好友的好友 ${referral.inviteeNo} 首次消费，邀请奖励`,
          ref,
          points: rules.secondLevelPoints,
          growth: 0,
        },
        settings,
      );
      announced.push(second);
      writes.push(
        ...deps.pointsAccounts.writes({
          member: grand,
          posting: grandBook.posting(),
          update: { pendingPointsDelta: rules.secondLevelPoints },
        }),
        ...announcedWrites([second], grand.version, deps),
      );
    }
    const outcome = await deps.commit(writes);
    if (outcome.ok) {
      announcedOnce = announced;
      return 'rewarded';
    }
    if ('failed' in outcome && outcome.failed.includes(REFERRAL_NOT_PENDING)) return 'nothing';
    if ('failed' in outcome && outcome.failed.includes(REFERRAL_CAP_REACHED)) capped = true;
    return RETRY;
  });
  await releaseIfDue(announcedOnce, nowMs, deps);
  return outcome;
}

/**
 * The follow-up of a first purchase: the referral rewards are announced (they wait for the refund window); if this
 * fails, the pending record stays for the `referral-rewards` job.
 */
export async function rewardReferrer(referrerId: string, inviteeId: string, nowMs: number, deps: Deps): Promise<void> {
  try {
    await settleReferral(referrerId, inviteeId, nowMs, deps);
  } catch (error) {
    logger.warn('referral reward left for the job', { referrerId, inviteeId, error: describeError(error) });
  }
}
