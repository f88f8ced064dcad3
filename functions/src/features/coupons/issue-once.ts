import { COUPON_EXISTS, type CouponRecord, type TxWrite } from '../../adapters/dynamodb';
import type { AppDeps } from '../../composition';

/**
 * Issues automatic coupons whose ids are fixed by their occasion: each is written with `attribute_not_exists`, so
 * a job that runs twice (or resumes after a crash) issues nothing more. Returns how many were new.
 */
export async function issueOnce(
  coupons: readonly CouponRecord[],
  deps: Pick<AppDeps, 'coupons' | 'commit'>,
  alongside: readonly TxWrite[] = [],
): Promise<number> {
  if (coupons.length === 0) return 0;
  const outcome = await deps.commit([...coupons.map((coupon) => deps.coupons.issueWrite(coupon)), ...alongside]);
  if (outcome.ok) return coupons.length;
  if (!('failed' in outcome && outcome.failed.includes(COUPON_EXISTS)))
    throw new Error('issuing coupons conflicted; the job retries on its next run');
  const existing = await deps.coupons.existingCoupons(coupons);
  const missing = coupons.filter((coupon) => !existing.has(`${coupon.memberId}/${coupon.couponId}`));
  if (missing.length === 0 && alongside.length === 0) return 0;
  const retry = await deps.commit([...missing.map((coupon) => deps.coupons.issueWrite(coupon)), ...alongside]);
  if (!retry.ok) throw new Error('issuing coupons conflicted; the job retries on its next run');
  return missing.length;
}
