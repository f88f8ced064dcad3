import { Text, View } from '@tarojs/components';
import type { CampaignStatus, CampaignView } from '@app/shared';
import { formatNumber } from '../../../lib/format';
import { formatFen } from '../../../lib/money';
import { conditionsText, couponValue, momentText } from '../../coupons/coupon-words';
import { audienceSummary } from '../audience-form';
import type { ConsoleNames } from '../../marketer/hooks/use-console-names';
import { CAMPAIGN_KIND_LABELS, CAMPAIGN_STATUS_LABELS, progressText, scheduleText, statCells } from '../campaign-words';
import './CampaignParts.scss';

/** 草稿 / 待发送 / 发送中 / 进行中 / 已完成 / 已取消, coloured by state. */
export function CampaignStatusChip({ status, className = '' }: { status: CampaignStatus; className?: string }) {
  return (
    <Text className={`campaign-chip campaign-chip--${status} ${className}`}>{CAMPAIGN_STATUS_LABELS[status]}</Text>
  );
}

/** A campaign in the list: name, status, kind, the coupon, and how it went so far. */
export function CampaignRow({
  campaign,
  onOpen,
}: {
  campaign: CampaignView;
  onOpen: (campaign: CampaignView) => void;
}) {
  const { stats } = campaign;
  return (
    <View
      className={`campaign-row campaign-row-${campaign.campaignId}`}
      data-campaign-id={campaign.campaignId}
      hoverClass="campaign-row--pressed"
      onClick={() => onOpen(campaign)}
    >
      <View className="campaign-row__head">
        <Text className="campaign-row__name">{campaign.name}</Text>
        <CampaignStatusChip
          status={campaign.status}
          className={`campaign-row__status campaign-row-status--${campaign.status}`}
        />
      </View>
      <Text className="campaign-row__meta">
        {CAMPAIGN_KIND_LABELS[campaign.kind]} · {campaign.template.title}（{couponValue(campaign.template).text}）
      </Text>
      <Text className="campaign-row__meta campaign-row__meta--muted">
        {campaign.status === 'draft'
          ? `草稿 · 创建于 ${momentText(campaign.createdAt)}`
          : campaign.status === 'scheduled'
            ? scheduleText(campaign)
            : `已发 ${formatNumber(stats.issued)} · 已核销 ${formatNumber(stats.redeemed)} · 带动销售 ${formatFen(stats.salesFen)}`}
      </Text>
    </View>
  );
}

/** The head of a campaign's page: name, status, kind, the coupon it gives. */
export function CampaignHeader({ campaign }: { campaign: CampaignView }) {
  return (
    <View className={`panel campaign-header campaign-header--${campaign.status}`}>
      <View className="campaign-header__top">
        <Text className="campaign-header__kind">{CAMPAIGN_KIND_LABELS[campaign.kind]}</Text>
        <CampaignStatusChip
          status={campaign.status}
          className={`campaign-status campaign-status--${campaign.status}`}
        />
      </View>
      <Text className="campaign-header__name campaign-name-text">{campaign.name}</Text>
      <View className="campaign-header__coupon">
        <Text className={`campaign-header__value campaign-header__value--${campaign.template.type}`}>
          {couponValue(campaign.template).text}
        </Text>
        <View className="campaign-header__coupon-text">
          <Text className="campaign-header__title">{campaign.template.title}</Text>
          <Text className="campaign-header__terms">{conditionsText(campaign.template)}</Text>
        </View>
      </View>
    </View>
  );
}

/** 发送中: the shards of members done, as a bar (read again every 2 s by the page). */
export function CampaignProgress({ progress }: { progress: { shardsDone: number; shards: number } }) {
  const { label, percent } = progressText(progress);
  return (
    <View className="panel campaign-progress">
      <View className="campaign-progress__head">
        <Text className="campaign-progress__title">正在发放</Text>
        <Text className="campaign-progress__label campaign-progress-label">
          {label} · {percent}%
        </Text>
      </View>
      <View className="campaign-progress__track">
        <View className="campaign-progress__bar" style={{ width: `${percent}%` }} />
      </View>
      <Text className="campaign-progress__hint">券正在分批发到会员的券包，页面每 2 秒更新一次</Text>
    </View>
  );
}

/** 活动效果: targeted, issued, claimed, redeemed, redemption rate, discount given, sales (`.campaign-stat-<key>`). */
export function CampaignStats({ campaign }: { campaign: CampaignView }) {
  const cells = statCells(campaign).filter((cell) => campaign.kind === 'claim' || cell.key !== 'claimed');
  return (
    <View className="panel campaign-stats">
      <View className="panel__title">
        <Text>活动效果</Text>
        <Text className="panel__hint">核销率 = 已核销 ÷ 已发放</Text>
      </View>
      <View className="campaign-stats__grid">
        {cells.map((cell) => (
          <View className={`campaign-stats__cell campaign-stats__cell--${cell.key}`} key={cell.key}>
            <Text className={`campaign-stats__value campaign-stat-${cell.key}`}>{cell.value}</Text>
            <Text className="campaign-stats__label">{cell.label}</Text>
          </View>
        ))}
      </View>
    </View>
  );
}

/** 活动设置: who, when, how many, the budget, notifications, and the campaign's dates. */
export function CampaignSettings({ campaign, names }: { campaign: CampaignView; names: ConsoleNames }) {
  const rows: { label: string; value: string; className?: string }[] = [
    { label: '人群', value: audienceSummary(campaign.audience, names).join('；'), className: 'campaign-audience' },
    {
      label: campaign.kind === 'push' ? '发送' : '领取',
      value: scheduleText(campaign),
      className: 'campaign-schedule',
    },
  ];
  if (campaign.kind === 'push') rows.push({ label: '到账通知', value: campaign.notify ? '发送' : '不发送' });
  if (campaign.kind === 'claim') {
    rows.push({ label: '发放总量', value: campaign.stock === null ? '不限量' : `${formatNumber(campaign.stock)} 张` });
    rows.push({ label: '每人限领', value: `${campaign.perMemberLimit} 张` });
    rows.push({ label: '预算', value: campaign.budgetFen === null ? '不限' : formatFen(campaign.budgetFen) });
  }
  rows.push({ label: '创建', value: `${momentText(campaign.createdAt)} · ${campaign.createdBy}` });
  if (campaign.launchedAt) rows.push({ label: '启动', value: momentText(campaign.launchedAt) });
  if (campaign.completedAt) rows.push({ label: '完成', value: momentText(campaign.completedAt) });
  if (campaign.cancelledAt) rows.push({ label: '取消', value: momentText(campaign.cancelledAt) });
  return (
    <View className="panel campaign-settings">
      <View className="panel__title">
        <Text>活动设置</Text>
      </View>
      {rows.map((row) => (
        <View className="campaign-settings__row" key={row.label}>
          <Text className="campaign-settings__label">{row.label}</Text>
          <Text className={`campaign-settings__value ${row.className ?? ''}`}>{row.value}</Text>
        </View>
      ))}
    </View>
  );
}
