import {
  businessDateOf,
  DomainError,
  levelForTopups,
  qualifyingGrowth,
  rankOf,
  type Actor,
  type ProgramSettings,
} from '@app/shared';
import type { MemberRecord, TopupRecord, TxWrite } from '../../adapters/dynamodb';
import type { AppDeps } from '../../composition';
import { newIdFactory } from '../../core/ids';
import { couponFromTemplate, rewardCouponWrites } from '../coupons/issue';
import { openBook } from '../points/account-book';
import { levelUp } from '../points/level-up';
import { openWallet } from './open-wallet';

export type CreditDeps = Pick<
  AppDeps,
  'members' | 'wallet' | 'topups' | 'pointsAccounts' | 'coupons' | 'entitlements' | 'engagement' | 'programAt'
>;

export interface Credited {
  writes: TxWrite[];
  topup: TopupRecord;
  balanceFen: number;
}

/**
 * The writes that credit a paid top-up, for the transaction that also settles how it was paid (the payment order's
 * state, or the counter's receipt): a wallet lot of principal and bonus and its entry, the package's gift points and
 * coupons, a 储值会员 upgrade when the rolling 12-month top-up principal reaches a level, and the 充值成功 message.
 * Conditional on the member's version and the top-up's status: a lost race re-reads and builds again. `scanned` is
 * the member as the counter's scan read it (the first attempt of a counter top-up reads nothing more).
 */
export async function creditTopupWrites(
  topup: TopupRecord,
  paid: { nowMs: number; by: Actor; expectedStatus: TopupRecord['status'] | null; scanned?: MemberRecord },
  deps: CreditDeps,
): Promise<Credited> {
  const { nowMs, by } = paid;
  const [member, settings] = await Promise.all([
    paid.scanned ?? deps.members.getById(topup.memberId, true),
    deps.programAt(nowMs),
  ]);
  if (!member) throw new DomainError('NOT_FOUND', '会员不存在');
  const newId = newIdFactory();
  const at = new Date(nowMs).toISOString();
  const ref = { kind: 'topup', id: topup.topupId };
  const wallet = await openWallet(member, { nowMs, by, newId: () => newId(nowMs) }, deps);
  const lotId = wallet.topUp(topup.payFen, topup.bonusFen, ref);
  const book = openBook(member, settings, nowMs, by, () => newId(nowMs));
  const giftLotId =
    topup.giftPoints > 0
      ? book.credit(topup.giftPoints, { type: 'bonus', reasonCode: 'topup-gift', reason: '充值赠送积分', ref })
      : null;
  const businessDate = businessDateOf(nowMs, settings.timezone);
  const month = businessDate.slice(0, 7);
  const upgrade = topupUpgrade(member, settings, month, topup.payFen, book, nowMs, ref, () => newId(nowMs));
  const coupons = await giftCoupons(topup, member, settings, nowMs, deps);
  const credited: TopupRecord = {
    ...topup,
    status: 'paid',
    lotId,
    giftLotId,
    giftCouponIds: coupons.map((coupon) => coupon.couponId),
    paidAt: at,
    businessDate,
  };
  const posting = wallet.posting();
  const writes: TxWrite[] = [
    paid.expectedStatus ? deps.topups.replaceWrite(credited, paid.expectedStatus) : deps.topups.createWrite(credited),
    ...deps.wallet.writes(member.memberId, posting),
    ...deps.pointsAccounts.writes({
      member,
      posting: book.posting(),
      update: {
        ...upgrade?.update,
        wallet: posting,
        topupMonth: { month, principalFen: topup.payFen },
      },
      levelChange: upgrade?.levelChange,
    }),
    ...coupons.map((coupon) => deps.coupons.issueWrite(coupon)),
    ...(await rewardCouponWrites({ member, entitlement: upgrade?.entitlement, settings, nowMs }, deps)),
    deps.engagement.outboxWrite(businessDate, {
      messageId: `${member.memberId}#topup#${topup.topupId}`,
      memberId: member.memberId,
      template: 'topup-success',
      title: '充值成功',
      body: `充值¥${yuan(topup.payFen)}${topup.bonusFen > 0 ? `，赠送¥${yuan(topup.bonusFen)}` : ''}已到账，余额¥${yuan(wallet.balanceFen)}`,
      page: 'pages/wallet/index',
      createdAt: at,
      status: 'pending',
    }),
  ];
  return { writes, topup: credited, balanceFen: wallet.balanceFen };
}

/** 储值会员: the top-up path upgrades at once when it reaches a level above the member's (never lowers it). */
function topupUpgrade(
  member: MemberRecord,
  settings: ProgramSettings,
  month: string,
  principalFen: number,
  book: ReturnType<typeof openBook>,
  nowMs: number,
  ref: { kind: string; id: string },
  newId: () => string,
) {
  const buckets = { ...member.topupsByMonth, [month]: (member.topupsByMonth[month] ?? 0) + principalFen };
  const reached = levelForTopups(settings.levels, qualifyingGrowth(buckets, month));
  if (!reached || rankOf(settings.levels, reached.code) <= rankOf(settings.levels, member.levelCode)) return null;
  return levelUp({ member, to: reached, settings, book, nowMs, ref, newId });
}

async function giftCoupons(
  topup: TopupRecord,
  member: MemberRecord,
  settings: ProgramSettings,
  nowMs: number,
  deps: Pick<AppDeps, 'coupons'>,
) {
  const coupons = [];
  for (const [index, templateId] of topup.giftTemplateIds.entries()) {
    const template = await deps.coupons.template(templateId);
    if (!template) continue;
    coupons.push(
      couponFromTemplate(template, {
        member,
        couponId: `topup-${topup.topupId}-${index}`,
        source: 'topup-gift',
        sourceId: topup.topupId,
        nowMs,
        timeZone: settings.timezone,
      }),
    );
  }
  return coupons;
}

export const yuan = (fen: number) => (fen / 100).toFixed(fen % 100 === 0 ? 0 : 2);
