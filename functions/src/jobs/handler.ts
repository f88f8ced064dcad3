import { appDeps } from '../composition';
import { logger } from '../http/logger';
import { dispatchTask } from './dispatch-campaigns';
import { jobs } from './index';
import { sendFromStream } from './send-notifications';

/** Lambda entry points of the scheduled jobs (serverless.yml `schedule` events). */
const scheduled = (name: string) => async () => {
  const started = Date.now();
  const result = await jobs[name]!(started, appDeps());
  logger.info('job finished', { job: name, ms: Date.now() - started, ...result });
  return result;
};

export const expirePoints = scheduled('expire-points');
export const reviewLevels = scheduled('review-levels');
export const checkinReminders = scheduled('checkin-reminders');
export const referralRewards = scheduled('referral-rewards');
export const releasePendingRewards = scheduled('release-pending-rewards');
export const cancelStaleOrders = scheduled('cancel-stale-orders');
export const dispatchCampaigns = scheduled('dispatch-campaigns');
export const birthdayGifts = scheduled('birthday-gifts');
export const levelPerks = scheduled('level-perks');
export const issueEntitlements = scheduled('issue-entitlements');
export const refreshSegments = scheduled('refresh-segments');
export const expiryNotices = scheduled('expiry-notices');
export const sendNotifications = scheduled('send-notifications');

/** New outbox items from the table's stream (serverless.yml filters it to them): each sent at once. */
export const sendNotificationsFromStream = async (event: { Records: Parameters<typeof sendFromStream>[0] }) => {
  const result = await sendFromStream(event.Records, Date.now(), appDeps());
  logger.info('notifications sent from the stream', result);
};
export const reconcilePayments = scheduled('reconcile-payments');
export const planMonthlyCoupons = scheduled('plan-monthly-coupons');
export const planExpiringNotices = scheduled('plan-expiring-notices');

/** The SQS consumer of push dispatch: one message is one shard of one campaign. */
export const dispatchWorker = async (event: { Records: { body: string }[] }) => {
  for (const record of event.Records)
    await dispatchTask(JSON.parse(record.body) as { campaignId: string; shard: number }, Date.now(), appDeps());
};
