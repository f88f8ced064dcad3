import { formatInZone, matchesAudience, notice, type ProgramSettings } from '@app/shared';
import {
  DISPATCH_MOVED,
  MEMBER_DIRECTORY_SHARDS,
  type CampaignRecord,
  type CouponTemplateRecord,
  type TxWrite,
} from '../../adapters/dynamodb';
import type { AppDeps } from '../../composition';
import { logger } from '../../http/logger';
import { audienceContext, candidateOf } from './audience';
import { couponFromTemplate } from './issue';

type Deps = Pick<AppDeps, 'coupons' | 'engagement' | 'programAt' | 'commit' | 'dispatchQueue'>;

/** Members read per page: each page commits as one transaction (≤ 100 writes), with 券到账 notices if asked. */
const pageSize = (notify: boolean) => (notify ? 49 : 99);

/** The coupon id of a push campaign: one per (campaign, member), so a resumed or repeated dispatch issues nothing twice. */
export const pushCouponId = (campaignId: string) => `c-${campaignId}`;

/**
 * Starts dispatch of a launched push campaign: in a deployed stage one queue message per directory shard (the
 * workers run in parallel); locally, the same worker in-process, shard after shard.
 */
export async function startDispatch(campaign: CampaignRecord, nowMs: number, deps: Deps): Promise<void> {
  await deps.coupons.startDispatch(campaign.campaignId, MEMBER_DIRECTORY_SHARDS);
  const shards = Array.from({ length: MEMBER_DIRECTORY_SHARDS }, (_, shard) => shard);
  if (deps.dispatchQueue)
    await deps.dispatchQueue.enqueue(shards.map((shard) => ({ campaignId: campaign.campaignId, shard })));
  else await dispatchShards(campaign.campaignId, shards, nowMs, deps);
}

export interface DispatchOptions {
  /** Stops after this many pages: a queue worker's time budget, and a crash half-way in tests. */
  maxPages?: number;
}

/**
 * Issues the campaign's coupon to the audience, shard by shard, page by page. Each page is one transaction: the
 * page's coupons (each `attribute_not_exists`) and the shard's cursor moving from where it was read, with the
 * counts. A crash loses at most the page in flight, which the next run (the job, or the queue's redelivery)
 * does again from the cursor; two workers on one shard never issue twice: the second loses the cursor condition.
 */
export async function dispatchShards(
  campaignId: string,
  shards: readonly number[],
  nowMs: number,
  deps: Deps,
  options: DispatchOptions = {},
): Promise<{ pages: number; issued: number; done: boolean }> {
  const campaign = await deps.coupons.campaign(campaignId, true);
  if (campaign?.status !== 'dispatching') return { pages: 0, issued: 0, done: true };
  const [settings, template] = await Promise.all([deps.programAt(nowMs), deps.coupons.template(campaign.templateId)]);
  if (!template) throw new Error(`campaign ${campaignId}: template ${campaign.templateId} is missing`);
  const context = await audienceContext(campaign.audience, settings, nowMs, deps);
  let pages = 0;
  let issued = 0;
  for (const shard of shards) {
    for (;;) {
      if (options.maxPages !== undefined && pages >= options.maxPages) return { pages, issued, done: false };
      const state = await deps.coupons.dispatch(campaignId);
      const cursor = state?.shards[String(shard)];
      if (cursor === undefined || cursor === 'done') break;
      const stillOn = await deps.coupons.campaign(campaignId, true);
      if (stillOn?.status !== 'dispatching') return { pages, issued, done: true }; // cancelled meanwhile
      const page = await deps.coupons.directoryPage(shard, cursor, pageSize(campaign.notify));
      const members = page.entries.filter((entry) => matchesAudience(candidateOf(entry), campaign.audience, context));
      const writes: TxWrite[] = [
        deps.coupons.progressWrite(campaignId, shard, cursor, page.next ?? 'done', {
          targeted: members.length,
          issued: members.length,
        }),
      ];
      for (const member of members) writes.push(...issueWrites(campaign, template, member, settings, nowMs, deps));
      const outcome = await deps.commit(writes);
      pages++;
      if (outcome.ok) issued += members.length;
      // Another worker took the page first (the cursor moved): read the cursor again and go on from there.
      else if (!('failed' in outcome && outcome.failed.includes(DISPATCH_MOVED)))
        logger.warn('dispatch page retried', { campaignId, shard });
    }
  }
  await completeIfDone(campaignId, nowMs, deps);
  return { pages, issued, done: true };
}

function issueWrites(
  campaign: CampaignRecord,
  template: CouponTemplateRecord,
  member: { memberId: string; memberNo: string },
  settings: ProgramSettings,
  nowMs: number,
  deps: Deps,
): TxWrite[] {
  const coupon = couponFromTemplate(template, {
    member,
    couponId: pushCouponId(campaign.campaignId),
    source: 'campaign',
    sourceId: campaign.campaignId,
    campaignId: campaign.campaignId,
    nowMs,
    timeZone: settings.timezone,
  });
  const writes = [deps.coupons.issueWrite(coupon)];
  if (campaign.notify) {
    writes.push(
      deps.engagement.outboxWrite(
        ...notice('coupon-arrived', {
          memberId: member.memberId,
          occasion: campaign.campaignId,
          nowMs,
          timeZone: settings.timezone,
          values: {
            couponTitle: template.title,
            validUntil: formatInZone(Date.parse(coupon.validUntil), settings.timezone).slice(0, 10),
          },
        }),
      ),
    );
  }
  return writes;
}

/** When every shard is done, the campaign is completed (and leaves the due-dispatch index). */
async function completeIfDone(campaignId: string, nowMs: number, deps: Deps): Promise<void> {
  const [state, campaign] = await Promise.all([
    deps.coupons.dispatch(campaignId),
    deps.coupons.campaign(campaignId, true),
  ]);
  if (!state || campaign?.status !== 'dispatching') return;
  if (Object.values(state.shards).every((cursor) => cursor === 'done')) {
    await deps.commit([
      deps.coupons.statusWrite(campaign, 'completed', { completedAt: new Date(nowMs).toISOString() }),
    ]);
  }
}
