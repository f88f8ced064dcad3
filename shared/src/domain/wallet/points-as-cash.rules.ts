import { DomainError } from '../../errors';

export interface PointsAsCashSettings {
  enabled: boolean;
  pointsPerYuan: number;
  maxSharePercent: number;
  minPoints: number;
}

export type PointsAsCashRefusal = 'disabled' | 'below-min-points' | 'over-share' | 'debt' | 'not-whole-fen';

/** The smallest number of points that pays a whole number of fen (100 per yuan → 1; 300 per yuan → 3). */
export function pointsPerWholeFen(pointsPerYuan: number): number {
  return pointsPerYuan / gcd(pointsPerYuan, 100);
}

export const cashOfPoints = (points: number, pointsPerYuan: number): number => (points * 100) / pointsPerYuan;

/**
 * What the counter may offer (product.md "Points as cash"): at most maxSharePercent of the payable (after level
 * and coupon discounts), at most the spendable points, in whole fen; nothing when off, in debt or below minPoints.
 */
export function pointsAsCashOffer(input: {
  settings: PointsAsCashSettings;
  payableFen: number;
  spendablePoints: number;
  debt: number;
}): { maxPoints: number; maxFen: number } {
  const { settings } = input;
  if (!settings.enabled || input.debt > 0) return { maxPoints: 0, maxFen: 0 };
  const step = pointsPerWholeFen(settings.pointsPerYuan);
  const shareFen = Math.floor((input.payableFen * settings.maxSharePercent) / 100);
  const byShare = Math.floor((shareFen * settings.pointsPerYuan) / 100);
  const maxPoints = Math.floor(Math.min(byShare, input.spendablePoints) / step) * step;
  if (maxPoints === 0 || maxPoints < settings.minPoints) return { maxPoints: 0, maxFen: 0 };
  return { maxPoints, maxFen: cashOfPoints(maxPoints, settings.pointsPerYuan) };
}

/** The fen that pointsToUse pay, or POINTS_AS_CASH_NOT_ALLOWED with details.why. Spendable points are the book's. */
export function pointsAsCashFen(
  pointsToUse: number,
  input: { settings: PointsAsCashSettings; payableFen: number; debt: number },
): number {
  const { settings } = input;
  const refuse = (why: PointsAsCashRefusal, extra: Record<string, unknown> = {}) =>
    new DomainError('POINTS_AS_CASH_NOT_ALLOWED', REFUSALS[why], { why, ...extra });
  if (!settings.enabled) throw refuse('disabled');
  if (input.debt > 0) throw refuse('debt', { debt: input.debt });
  if (pointsToUse < settings.minPoints) throw refuse('below-min-points', { minPoints: settings.minPoints });
  const step = pointsPerWholeFen(settings.pointsPerYuan);
  if (pointsToUse % step !== 0) throw refuse('not-whole-fen', { multipleOf: step });
  const fen = cashOfPoints(pointsToUse, settings.pointsPerYuan);
  const maxFen = Math.floor((input.payableFen * settings.maxSharePercent) / 100);
  if (fen > maxFen) throw refuse('over-share', { maxSharePercent: settings.maxSharePercent, maxFen });
  return fen;
}

const REFUSALS: Record<PointsAsCashRefusal, string> = {
  disabled: '本店暂未开通积分抵现',
  'below-min-points': '抵现积分未达到最低使用数量',
  'over-share': '积分抵现超过了本单可抵扣的上限',
  debt: '积分欠款未还清，暂不能用积分抵现',
  'not-whole-fen': '抵现积分须折合整分钱',
};

function gcd(a: number, b: number): number {
  return b === 0 ? a : gcd(b, a % b);
}
