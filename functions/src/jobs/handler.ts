import { appDeps } from '../composition';
import { logger } from '../http/logger';
import { jobs } from './index';

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
export const cancelStaleOrders = scheduled('cancel-stale-orders');
