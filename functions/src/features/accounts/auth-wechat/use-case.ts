import { randomInt } from 'node:crypto';
import { ulid } from 'ulid';
import { DomainError, referralCodeSchema, type AuthRequest, type AuthResponse } from '@app/shared';
import type { IdentityRecord, MemberRecord } from '../../../adapters/dynamodb';
import type { AppDeps } from '../../../composition';
import { automaticCoupon } from '../../coupons/issue';
import { retrying, RETRY } from '../../../core/retry';
import { sessionFor } from '../session';

type Deps = Pick<
  AppDeps,
  'identityProvider' | 'accounts' | 'members' | 'programAt' | 'tokens' | 'config' | 'coupons' | 'realNow' | 'stores'
>;

const REFERRAL_ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';
const MAX_NUMBER_ATTEMPTS = 6;

export const randomMemberNo = () => String(randomInt(1, 10)) + String(randomInt(0, 10_000_000)).padStart(7, '0');
export const randomReferralCode = () => Array.from({ length: 6 }, () => REFERRAL_ALPHABET[randomInt(0, 32)]).join('');

/** Login for every role; a member logging in for the first time is registered on the way (joining at `nowMs`). */
export async function signIn(request: AuthRequest, nowMs: number, deps: Deps): Promise<AuthResponse> {
  const openid = await deps.identityProvider.resolveOpenid(request.code);
  if (!openid) throw new DomainError('AUTH_INVALID', '登录凭证无效或已过期，请重新进入小程序');
  const identity =
    (await deps.accounts.getIdentity(openid)) ?? (await registerMember(openid, request.referralCode, nowMs, deps));
  return sessionFor(identity, deps);
}

/**
 * Registration happens once per openid however many first logins race: the identity item is written with
 * the member (and the new-member coupon) in one transaction, and every loser of the race reads the winner's identity.
 */
async function registerMember(
  openid: string,
  referralCode: string | undefined,
  nowMs: number,
  deps: Deps,
): Promise<IdentityRecord> {
  const settings = await deps.programAt(nowMs);
  const referrerId = await findReferrer(referralCode, deps);
  const joinedAt = new Date(nowMs).toISOString();
  for (let attempt = 0; attempt < MAX_NUMBER_ATTEMPTS; attempt++) {
    const memberNo = randomMemberNo();
    const member = newMemberRecord({
      memberId: ulid(nowMs),
      memberNo,
      openid,
      joinedAt,
      referralCode: randomReferralCode(),
      referrerId: referrerId ?? null,
      levelCode: settings.levels[0]!.code,
    });
    const welcome = await automaticCoupon(
      settings.automaticCoupons.newMember,
      { member, couponId: 'welcome', source: 'new-member', sourceId: 'registration' },
      settings,
      nowMs,
      deps,
    );
    const outcome = await retrying(async () => {
      const registered = await deps.members.register(
        member,
        joinedAt,
        welcome ? [deps.coupons.issueWrite(welcome)] : [],
      );
      return registered === 'conflict' ? RETRY : registered;
    });
    if (outcome === 'created') return { role: 'member', openid, memberId: member.memberId };
    if (outcome === 'identity-exists') {
      const identity = await deps.accounts.getIdentity(openid, true);
      if (identity) return identity;
    }
  }
  throw new Error('could not allocate a unique member number');
}

/** A referral code counts only at registration and only when it names an existing member. */
async function findReferrer(referralCode: string | undefined, deps: Deps): Promise<string | undefined> {
  if (!referralCode) return undefined;
  const normalized = referralCode.trim().toUpperCase();
  if (!referralCodeSchema.safeParse(normalized).success) return undefined;
  return deps.members.memberIdForReferralCode(normalized);
}

/** A member as registration creates one: the first level, nothing earned yet, version 1. */
export function newMemberRecord(
  init: Pick<
    MemberRecord,
    'memberId' | 'memberNo' | 'openid' | 'joinedAt' | 'referralCode' | 'referrerId' | 'levelCode'
  >,
): MemberRecord {
  return {
    ...init,
    nickname: `会员${init.memberNo.slice(-4)}`,
    avatarUrl: null,
    paidPlan: null,
    birthday: null,
    phone: null,
    homeStoreId: null,
    levelHeldSince: init.joinedAt,
    growthLifetime: 0,
    growthByMonth: {},
    lotPoints: 0,
    pointsByExpiry: {},
    pointsDebt: 0,
    pendingPoints: 0,
    stamps: 0,
    giftsGiven: {},
    lastUpgrade: null,
    purchaseCount: 0,
    lastPurchaseAt: null,
    purchasesByMonth: {},
    reviewDue: null,
    checkinMonths: {},
    makeupsByMonth: {},
    checkinCount: 0,
    bestStreak: 0,
    lastCheckin: null,
    tasksDone: {},
    badges: {},
    nicknameSet: false,
    referralsInvited: 0,
    referralsRewarded: 0,
    referralPoints: 0,
    redemptions: 0,
    checkinReminder: false,
    walletPrincipalFen: 0,
    walletBonusFen: 0,
    walletLots: {},
    topupsByMonth: {},
    version: 1,
  };
}
