import { MEMBER_DIRECTORY_SHARDS } from '../adapters/dynamodb';
import type { AppDeps } from '../composition';
import { dispatchShards, startDispatch } from '../features/coupons/dispatch';

const ALL_SHARDS = Array.from({ length: MEMBER_DIRECTORY_SHARDS }, (_, shard) => shard);

/**
 * Starts push campaigns whose scheduled time has come, and carries on any dispatch left unfinished (a crashed
 * worker, a lost message): the dispatch goes on from each shard's cursor, so nothing is issued twice.
 */
export async function dispatchCampaigns(nowMs: number, deps: AppDeps): Promise<Record<string, number>> {
  const due = await deps.coupons.dueDispatches(new Date(nowMs).toISOString());
  let started = 0;
  let resumed = 0;
  let issued = 0;
  for (const campaign of due) {
    if (campaign.status === 'scheduled') {
      const outcome = await deps.commit([
        deps.coupons.statusWrite(campaign, 'dispatching', {
          launchedAt: campaign.launchedAt ?? new Date(nowMs).toISOString(),
        }),
      ]);
      if (!outcome.ok) continue;
      started++;
      await startDispatch({ ...campaign, status: 'dispatching' }, nowMs, deps);
      continue;
    }
    if (campaign.status !== 'dispatching') continue;
    resumed++;
    await deps.coupons.startDispatch(campaign.campaignId, MEMBER_DIRECTORY_SHARDS);
    issued += (await dispatchShards(campaign.campaignId, ALL_SHARDS, nowMs, deps)).issued;
  }
  return { due: due.length, started, resumed, issued };
}

/** The queue worker of a deployed stage: one shard of one campaign, within a time budget, then hands itself on. */
export async function dispatchTask(
  task: { campaignId: string; shard: number },
  nowMs: number,
  deps: AppDeps,
): Promise<void> {
  const result = await dispatchShards(task.campaignId, [task.shard], nowMs, deps, { maxPages: 300 });
  if (!result.done && deps.dispatchQueue) await deps.dispatchQueue.enqueue([task]);
}
