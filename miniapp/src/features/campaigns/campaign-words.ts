import type { CampaignStatus, CampaignView } from '@app/shared';
import { formatNumber } from '../../lib/format';
import { formatFen } from '../../lib/money';
import { momentText, windowEndText } from '../coupons/coupon-words';

export const CAMPAIGN_STATUS_LABELS: Record<CampaignStatus, string> = {
  draft: '草稿',
  scheduled: '待发送',
  dispatching: '发送中',
  active: '进行中',
  completed: '已完成',
  cancelled: '已取消',
};

export const CAMPAIGN_KIND_LABELS: Record<CampaignView['kind'], string> = { push: '定向发券', claim: '领券中心' };

/** Statuses a campaign can still be cancelled in. */
export const CANCELLABLE: readonly CampaignStatus[] = ['draft', 'scheduled', 'dispatching', 'active'];

/** 0.25 → 25%, 1/3 → 33.3%, 0 → 0%. */
export function rateText(rate: number): string {
  const tenths = Math.round(rate * 1000);
  return `${tenths % 10 === 0 ? tenths / 10 : (tenths / 10).toFixed(1)}%`;
}

/** The results of a campaign as its stats grid shows them. */
export function statCells(
  campaign: Pick<CampaignView, 'kind' | 'stats'>,
): { key: string; label: string; value: string }[] {
  const { stats } = campaign;
  return [
    {
      key: 'targeted',
      label: campaign.kind === 'claim' ? '可领人数' : '目标人数',
      value: formatNumber(stats.targeted),
    },
    { key: 'issued', label: '已发放', value: formatNumber(stats.issued) },
    { key: 'claimed', label: '已领取', value: formatNumber(stats.claimed) },
    { key: 'redeemed', label: '已核销', value: formatNumber(stats.redeemed) },
    { key: 'redemption-rate', label: '核销率', value: rateText(stats.redemptionRate) },
    { key: 'discount', label: '优惠金额', value: formatFen(stats.discountFen) },
    { key: 'sales', label: '带动销售', value: formatFen(stats.salesFen) },
  ];
}

/** 已完成 3/8 批 · 38% — a push being sent, shard by shard. */
export function progressText(progress: { shardsDone: number; shards: number }): { label: string; percent: number } {
  const percent = progress.shards > 0 ? Math.min(100, Math.round((progress.shardsDone / progress.shards) * 100)) : 0;
  return { label: `已完成 ${progress.shardsDone}/${progress.shards} 批`, percent };
}

/** When it runs, in a line: 立即发送 / 定时 2026-12-01 10:00 / 领取 2026-12-01 至 2026-12-31 … */
export function scheduleText(campaign: Pick<CampaignView, 'kind' | 'scheduleAt' | 'claimFrom' | 'claimUntil'>): string {
  if (campaign.kind === 'push')
    return campaign.scheduleAt ? `定时发送 ${momentText(campaign.scheduleAt)}` : '启动后立即发送';
  if (campaign.claimFrom && campaign.claimUntil)
    return `领取时间 ${momentText(campaign.claimFrom)} 至 ${windowEndText(campaign.claimUntil)}`;
  if (campaign.claimFrom) return `${momentText(campaign.claimFrom)} 起可领`;
  if (campaign.claimUntil) return `启动后可领，领到 ${windowEndText(campaign.claimUntil)}`;
  return '启动后即可领取，不限时间';
}
