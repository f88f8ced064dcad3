import {
  firstReviewDate,
  giftDue,
  zonedParts,
  type AccountBook,
  type LastUpgrade,
  type LevelSettings,
  type LedgerRef,
  type ProgramSettings,
} from '@app/shared';
import type { EntitlementRecord, LevelChangeRecord, MemberRecord, MemberUpdate } from '../../adapters/dynamodb';

export interface LevelUp {
  update: MemberUpdate;
  levelChange: LevelChangeRecord;
  entitlement: EntitlementRecord | null;
  giftPoints: number;
  view: { from: string; to: string };
}

/**
 * An upgrade happens at once, whenever qualifying growth reaches a higher level (levels may be skipped).
 * The new level's gift comes once per level per year: its points now, its coupon as an entitlement that the
 * coupons issue honours. The level is then protected for 12 months.
 */
export function levelUp(input: {
  member: MemberRecord;
  to: LevelSettings;
  settings: ProgramSettings;
  book: AccountBook;
  nowMs: number;
  ref: LedgerRef;
  newId: () => string;
}): LevelUp {
  const { member, to, settings, book, nowMs } = input;
  const at = new Date(nowMs).toISOString();
  const year = zonedParts(nowMs, settings.timezone).year;
  const gift = giftDue(member.giftsGiven, to.code, nowMs, settings.timezone) ? to.upgradeGift : null;
  let giftLotId: string | null = null;
  if (gift && gift.points > 0) {
    giftLotId = book.credit(gift.points, {
      type: 'bonus',
      reasonCode: 'upgrade-gift',
      reason: `升级${to.name}礼遇`,
      ref: input.ref,
    });
  }
  const entitlement: EntitlementRecord | null = gift?.couponTitle
    ? {
        entitlementId: input.newId(),
        memberId: member.memberId,
        kind: 'upgrade-gift-coupon',
        levelCode: to.code,
        couponTitle: gift.couponTitle,
        status: 'pending',
        at,
        ref: input.ref,
        couponId: null,
      }
    : null;
  const lastUpgrade: LastUpgrade = {
    from: member.levelCode,
    to: to.code,
    at,
    previousHeldSince: member.levelHeldSince,
    giftPoints: gift?.points ?? 0,
    giftLotId,
    giftYear: gift ? year : null,
    entitlementId: entitlement?.entitlementId ?? null,
  };
  return {
    update: {
      levelCode: to.code,
      levelHeldSince: at,
      giftsGiven: gift ? { ...member.giftsGiven, [to.code]: year } : member.giftsGiven,
      lastUpgrade,
      reviewDue: firstReviewDate(nowMs, settings.timezone),
    },
    levelChange: { memberId: member.memberId, at, from: member.levelCode, to: to.code, reason: 'upgrade' },
    entitlement,
    giftPoints: gift?.points ?? 0,
    view: { from: member.levelCode, to: to.code },
  };
}
