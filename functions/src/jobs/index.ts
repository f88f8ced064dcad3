import type { AppDeps } from '../composition';
import { cancelStaleOrders } from './cancel-stale-orders';
import { checkinReminders } from './checkin-reminders';
import { expirePoints } from './expire-points';
import { referralRewards } from './referral-rewards';
import { reviewLevels } from './review-levels';

/** Every scheduled job by its name (api.md "Jobs"); each is idempotent and resumable. */
export const jobs: Record<string, (nowMs: number, deps: AppDeps) => Promise<Record<string, number>>> = {
  'expire-points': expirePoints,
  'review-levels': reviewLevels,
  'checkin-reminders': checkinReminders,
  'referral-rewards': referralRewards,
  'cancel-stale-orders': cancelStaleOrders,
};
