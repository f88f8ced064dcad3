import type { AppDeps } from '../composition';
import { birthdayGifts } from './birthday-gifts';
import { cancelStaleOrders } from './cancel-stale-orders';
import { dispatchCampaigns } from './dispatch-campaigns';
import { issueEntitlements } from './issue-entitlements';
import { levelPerks } from './level-perks';
import { checkinReminders } from './checkin-reminders';
import { expirePoints } from './expire-points';
import { referralRewards } from './referral-rewards';
import { releasePendingRewards } from './release-pending-rewards';
import { reviewLevels } from './review-levels';
import { refreshSegments } from './refresh-segments';
import { expiryNotices } from './expiry-notices';
import { sendNotifications } from './send-notifications';
import { reconcilePayments } from './reconcile-payments';
import { planExpiringNotices, planMonthlyCoupons } from './plan-jobs';

/** Every scheduled job by its name (api.md "Jobs"); each is idempotent and resumable. */
export const jobs: Record<string, (nowMs: number, deps: AppDeps) => Promise<Record<string, number>>> = {
  'expire-points': expirePoints,
  'review-levels': reviewLevels,
  'checkin-reminders': checkinReminders,
  'referral-rewards': referralRewards,
  'release-pending-rewards': releasePendingRewards,
  'cancel-stale-orders': cancelStaleOrders,
  'dispatch-campaigns': dispatchCampaigns,
  'birthday-gifts': birthdayGifts,
  'level-perks': levelPerks,
  'issue-entitlements': issueEntitlements,
  'refresh-segments': refreshSegments,
  'expiry-notices': expiryNotices,
  'send-notifications': sendNotifications,
  'reconcile-payments': reconcilePayments,
  'plan-monthly-coupons': planMonthlyCoupons,
  'plan-expiring-notices': planExpiringNotices,
};
