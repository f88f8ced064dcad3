import type { AppDeps } from '../../../functions/src/composition';
import type { Principal } from '../../../functions/src/http/route';
import { CLAIM_DAYS, PUSH_DAY } from './plan';
import { claimCoupon } from '../../../functions/src/features/coupons/claim-coupon/use-case';
import { createCampaign } from '../../../functions/src/features/coupons/create-campaign/use-case';
import { launchCampaign } from '../../../functions/src/features/coupons/launch-campaign/use-case';

const DAY_MS = 86_400_000;
const HOUR_MS = 3_600_000;
const MARKETER: Principal = { role: 'marketer', openid: 'marketer' };

export interface HistoryCampaigns {
  /** The marketer's actions of the day, before the members' (the campaigns open in the morning). */
  onDay(day: number): Promise<void>;
  /** A member takes the claim campaign's coupon in 领券中心 (the per-member limit refuses a second). */
  claim(memberId: string, atMs: number): Promise<void>;
}

/**
 * The marketer's part of the history, at the business time it happened: a push campaign to every member two
 * months ago (its coupons long expired: a finished campaign with its redemption rate), and a claim campaign
 * open for two weeks in which members took coupons from 领券中心.
 */
export function historyCampaigns(deps: AppDeps, startOfToday: number): HistoryCampaigns {
  let claimCampaignId: string | undefined;
  const dayAt = (day: number, hour: number) => startOfToday - day * DAY_MS + hour * HOUR_MS;
  return {
    async onDay(day) {
      if (day === PUSH_DAY) {
        const draft = await createCampaign(
          { name: '秋日回馈 全员满30减5', kind: 'push', templateId: 'tpl-upgrade-l2', audience: {}, notify: false },
          MARKETER,
          dayAt(day, 9),
          deps,
        );
        await launchCampaign(draft.campaignId, MARKETER, dayAt(day, 9.5), deps);
      }
      if (day === CLAIM_DAYS.from) {
        const draft = await createCampaign(
          {
            name: '周末咖啡节 限量领券',
            kind: 'claim',
            templateId: 'tpl-upgrade-l2',
            audience: {},
            notify: false,
            stock: 300,
            perMemberLimit: 1,
            claimFrom: new Date(dayAt(day, 8)).toISOString(),
            claimUntil: new Date(dayAt(CLAIM_DAYS.until, 22)).toISOString(),
          },
          MARKETER,
          dayAt(day, 7),
          deps,
        );
        claimCampaignId = (await launchCampaign(draft.campaignId, MARKETER, dayAt(day, 7.5), deps)).campaignId;
      }
    },
    async claim(memberId, atMs) {
      if (!claimCampaignId) return;
      const self: Principal = { role: 'member', openid: `claim-${memberId}`, memberId };
      await claimCoupon(claimCampaignId, self, atMs, deps).catch((error: { code?: string }) => {
        if (error.code !== 'LIMIT_REACHED') throw error;
      });
    },
  };
}
