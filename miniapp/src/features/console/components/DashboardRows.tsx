import { Text, View } from '@tarojs/components';
import type { AnalyticsOverview } from '@app/shared';
import { EmptyState } from '../../../components/empty-state';
import { formatDate, formatNumber } from '../../../lib/format';
import { formatFen } from '../../../lib/money';
import type { ChartSeries } from '../chart-math';
import { percentText } from '../dashboard-words';
import { Chart } from './Chart';

/** Each store's purchases, sales and refunds in the range, under the sales chart. */
export function StoreTable({ stores }: { stores: AnalyticsOverview['stores'] }) {
  return (
    <View className="dashboard-table store-table">
      <View className="dashboard-table__row dashboard-table__row--head">
        <Text className="dashboard-table__name">门店</Text>
        <Text className="dashboard-table__num">笔数</Text>
        <Text className="dashboard-table__num">销售额</Text>
        <Text className="dashboard-table__num">退款</Text>
      </View>
      {stores.map((store) => (
        <View key={store.storeId} className={`dashboard-table__row store-row store-row-${store.storeId}`}>
          <Text className="dashboard-table__name">{store.name}</Text>
          <Text className="dashboard-table__num">{formatNumber(store.purchases)}</Text>
          <Text className="dashboard-table__num">{formatFen(store.salesFen)}</Text>
          <Text className="dashboard-table__num">{formatFen(store.refundsFen)}</Text>
        </View>
      ))}
    </View>
  );
}

/** 优惠券漏斗: targeted → issued → redeemed of the latest campaigns, as a chart and a row each. */
export function CampaignFunnel({
  campaigns,
  series,
}: {
  campaigns: AnalyticsOverview['campaigns'];
  series: ChartSeries[];
}) {
  if (campaigns.length === 0)
    return <EmptyState compact message="暂无数据" hint="还没有营销活动" className="chart-empty" />;
  return (
    <>
      <Chart
        id="chart-funnel"
        labels={campaigns.map((campaign) =>
          campaign.name.length > 6 ? `${campaign.name.slice(0, 6)}…` : campaign.name,
        )}
        series={series}
        height={170}
      />
      {campaigns.map((campaign) => (
        <View key={campaign.campaignId} className={`funnel-row funnel-row-${campaign.campaignId}`}>
          <Text className="funnel-row__name">{campaign.name}</Text>
          <Text className="funnel-row__figures">
            {formatNumber(campaign.targeted)} → {formatNumber(campaign.issued)} → {formatNumber(campaign.redeemed)} ·
            核销率 {percentText(campaign.redemptionRate)}
          </Text>
        </View>
      ))}
    </>
  );
}

/** How many members a warning finds (流失, 消费下降), and 一键发券 to them when there are any. */
export function AudienceHead({
  count,
  countClassName,
  targetClassName,
  onTarget,
}: {
  count: number;
  countClassName: string;
  targetClassName: string;
  onTarget: () => void;
}) {
  return (
    <View className="churn-head">
      <View className="churn-head__count">
        <Text className={countClassName}>{formatNumber(count)}</Text>
        <Text className="churn-head__unit">位会员</Text>
      </View>
      {count > 0 && (
        <View className={`btn btn--primary btn--small ${targetClassName}`} hoverClass="btn--pressed" onClick={onTarget}>
          <Text>一键发券</Text>
        </View>
      )}
    </View>
  );
}

/** 流失预警: how many members stopped coming, 一键发券 to them, and a sample of who they are. */
export function ChurnWatch({
  churn,
  onTarget,
}: {
  churn: AnalyticsOverview['churn'];
  onTarget: (audience: { segments: string[] }) => void;
}) {
  return (
    <>
      <AudienceHead
        count={churn.count}
        countClassName="churn-count"
        targetClassName="churn-target"
        onTarget={() => onTarget(churn.audience)}
      />
      {churn.sample.length === 0 ? (
        <EmptyState compact message="暂无数据" hint="目前没有流失预警的会员" className="churn-empty" />
      ) : (
        churn.sample.map((member) => (
          <View key={member.memberId} className="churn-row" data-member-id={member.memberId}>
            <View className="churn-row__text">
              <Text className="churn-row__name">{member.nickname}</Text>
              <Text className="churn-row__meta">{member.memberNo}</Text>
            </View>
            <View className="churn-row__facts">
              <Text>{member.lastPurchaseAt ? `最近消费 ${formatDate(member.lastPurchaseAt)}` : '无消费'}</Text>
              <Text className="churn-row__meta">共 {member.purchaseCount} 次</Text>
            </View>
          </View>
        ))
      )}
    </>
  );
}

/** 推荐排行: the ten members whose invitations brought the most new members. */
export function ReferralRanks({ referrals }: { referrals: AnalyticsOverview['referrals'] }) {
  if (referrals.length === 0)
    return <EmptyState compact message="暂无数据" hint="还没有会员成功邀请好友" className="referrals-empty" />;
  return (
    <>
      {referrals.slice(0, 10).map((rank, index) => (
        <View key={rank.memberId} className="referral-row" data-member-id={rank.memberId}>
          <Text className={`referral-row__rank${index < 3 ? ' referral-row__rank--top' : ''}`}>{index + 1}</Text>
          <View className="referral-row__text">
            <Text className="referral-row__name">{rank.nickname}</Text>
            <Text className="referral-row__meta">{rank.memberNo}</Text>
          </View>
          <Text className="referral-row__count">
            {formatNumber(rank.rewarded)} 人有效 / 邀请 {formatNumber(rank.invited)}
          </Text>
        </View>
      ))}
    </>
  );
}
