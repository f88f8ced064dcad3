import type { ProgramSettings } from '../../program/settings';
import { levelByCode, levelValidUntil, nextLevelProgress, qualifyingGrowth, rightsOf } from '../levels/levels.rules';
import { businessDateOf, formatInZone, monthOf } from '../time/program-time';

/** The member state the card is drawn from (a plain view of the stored member). */
export interface MemberCardState {
  memberId: string;
  memberNo: string;
  nickname: string;
  avatarUrl: string | null;
  birthday: string | null;
  phone: string | null;
  joinedAt: string;
  referralCode: string;
  levelCode: string;
  levelHeldSince: string;
  growthLifetime: number;
  growthByMonth: Readonly<Record<string, number>>;
  stamps: number;
}

export interface PointsSummary {
  balance: number;
  debt: number;
  /** Rewards on their way (待到账), never part of the balance. */
  pending: number;
  expiring: { points: number; at: string } | null;
}

export const maskPhone = (phone: string | null): string | null =>
  phone ? `${phone.slice(0, 3)}****${phone.slice(-4)}` : null;

/** What `GET /v1/me` shows: level, progress to the next one, rights and balances, in program time. */
export function memberCard(state: MemberCardState, points: PointsSummary, settings: ProgramSettings, nowMs: number) {
  const zone = settings.timezone;
  const level = levelByCode(settings.levels, state.levelCode);
  const qualifying = qualifyingGrowth(state.growthByMonth, monthOf(nowMs, zone));
  const heldSinceDate = businessDateOf(Date.parse(state.levelHeldSince), zone);
  return {
    memberId: state.memberId,
    memberNo: state.memberNo,
    nickname: state.nickname,
    avatarUrl: state.avatarUrl,
    birthday: state.birthday,
    phoneMasked: maskPhone(state.phone),
    joinedAt: formatInZone(Date.parse(state.joinedAt), zone),
    referralCode: state.referralCode,
    level: {
      code: level.code,
      name: level.name,
      heldSince: formatInZone(Date.parse(state.levelHeldSince), zone),
      validUntil: levelValidUntil(settings.levels, level.code, heldSinceDate),
    },
    nextLevel: nextLevelProgress(settings.levels, level.code, qualifying),
    growth: { qualifying, lifetime: state.growthLifetime },
    points: {
      ...points,
      expiring: points.expiring && {
        points: points.expiring.points,
        at: formatInZone(Date.parse(points.expiring.at), zone),
      },
    },
    rights: rightsOf(level),
    stamps: { count: state.stamps, of: settings.stampCard.stampsPerCard },
  };
}
