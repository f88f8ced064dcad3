import { DomainError, monthOf, zonedParts } from '@app/shared';
import { REFERRAL_CAP_REACHED, REFERRAL_NOT_PENDING, type TxWrite } from '../../adapters/dynamodb';
import type { AppDeps } from '../../composition';
import { openBook } from '../points/account-book';
import { newIdFactory } from '../../core/ids';
import { retrying, RETRY } from '../../core/retry';
import { applyEngagement, badgeFacts } from './engagement';

type Deps = Pick<AppDeps, 'members' | 'programAt' | 'pointsAccounts' | 'engagement' | 'commit'>;

/**
 * Pays the rewards of an invitee's first purchase: the referrer's (counted against their yearly cap inside the
 * same write) and the referrer's referrer's, in one transaction. Idempotent: it acts only on a pending record,
 * and the record leaves `pending` in that same transaction. A capped referral pays nobody.
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
  const month = monthOf(nowMs, settings.timezone);
  const newId = newIdFactory();
  let capped = false;
  return retrying(async () => {
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
    const book = openBook(referrer, [], settings, nowMs, { kind: 'system', id: 'referral' }, () => newId(nowMs));
    book.credit(rules.referrerPoints, {
      type: 'bonus',
      reasonCode: 'referral',
      reason: `好友 ${referral.inviteeNo} 首次消费，邀请奖励`,
      ref,
    });
    const rewarded = referrer.referralsRewarded + 1;
    const engagement = applyEngagement({
      member: referrer,
      settings,
      book,
      nowMs,
      completes: [],
      facts: badgeFacts(referrer, settings, { referralsRewarded: rewarded }),
      growthMonth: month,
    });
    const writes: TxWrite[] = [
      ...deps.engagement.settleWrites(referral, 'rewarded', year, rules.maxRewardedPerYear),
      ...deps.pointsAccounts.writes({
        member: referrer,
        posting: book.posting(),
        update: {
          fields: {
            referralsRewarded: rewarded,
            referralPoints: referrer.referralPoints + rules.referrerPoints,
            ...engagement.fields,
          },
        },
      }),
    ];
    const grand =
      referrer.referrerId && rules.secondLevelPoints > 0
        ? await deps.members.getById(referrer.referrerId, true)
        : undefined;
    if (grand) {
      const grandBook = openBook(grand, [], settings, nowMs, { kind: 'system', id: 'referral' }, () => newId(nowMs));
      grandBook.credit(rules.secondLevelPoints, {
        type: 'bonus',
        reasonCode: 'referral-second-level',
        reason: `好友的好友 ${referral.inviteeNo} 首次消费，邀请奖励`,
        ref,
      });
      writes.push(
        ...deps.pointsAccounts.writes({
          member: grand,
          posting: grandBook.posting(),
          update: { fields: { referralPoints: grand.referralPoints + rules.secondLevelPoints } },
        }),
      );
    }
    const outcome = await deps.commit(writes);
    if (outcome.ok) return 'rewarded';
    if ('failed' in outcome && outcome.failed.includes(REFERRAL_NOT_PENDING)) return 'nothing';
    if ('failed' in outcome && outcome.failed.includes(REFERRAL_CAP_REACHED)) capped = true;
    return RETRY;
  });
}
