import { Text, View } from '@tarojs/components';
import type { CampaignView } from '@app/shared';
import { EmptyState } from '../../components/empty-state';
import { ErrorState } from '../../components/error-state';
import { Skeleton } from '../../components/skeleton';
import { listCampaigns } from '../../features/campaigns/api/campaigns';
import { rememberCampaign } from '../../features/campaigns/campaign-cache';
import { CampaignRow } from '../../features/campaigns/components/CampaignParts';
import { ListFooter } from '../../features/campaigns/components/ListFooter';
import { MarketerPage } from '../../features/campaigns/components/MarketerPage';
import { useMarketerList } from '../../features/campaigns/hooks/use-marketer-list';
import { openPage, routes } from '../../lib/routes';
import { useRoleGuard } from '../../lib/use-role-guard';

const fetchCampaigns = (cursor: string | null) => listCampaigns({ cursor });
const campaignId = (campaign: CampaignView) => campaign.campaignId;
const openCampaign = (campaign: CampaignView) => {
  rememberCampaign(campaign);
  void openPage(routes.marketerCampaign, { campaignId: campaign.campaignId });
};

/** 营销活动: every campaign with its status and how it went, newest first; 新建活动 on top. */
export default function CampaignsPage() {
  useRoleGuard('marketer');
  const list = useMarketerList(fetchCampaigns, campaignId);
  const create = () => void openPage(routes.marketerCampaignNew);

  return (
    <MarketerPage className="campaigns-page">
      <View className="marketer-head">
        <View>
          <Text className="marketer-head__title">营销活动</Text>
          <Text className="marketer-head__sub">定向发券，或在领券中心上架</Text>
        </View>
        <View
          className="btn btn--primary btn--small marketer-head__action campaigns-new"
          hoverClass="btn--pressed"
          onClick={create}
        >
          <Text>新建活动</Text>
        </View>
      </View>
      <View className="panel campaigns-list">
        {list.loading ? (
          [0, 1, 2].map((row) => <Skeleton key={row} height={56} className="marketer-skeleton-row" />)
        ) : list.error ? (
          <ErrorState compact title="活动加载失败" message={list.error.message} onRetry={() => void list.refresh()} />
        ) : list.items.length === 0 ? (
          <View className="marketer-empty campaigns-empty">
            <EmptyState compact message="还没有营销活动" hint="选一个优惠券模板和人群，就能发券" />
            <View className="btn btn--ghost btn--small" hoverClass="btn--pressed" onClick={create}>
              <Text>新建活动</Text>
            </View>
          </View>
        ) : (
          <>
            {list.items.map((campaign) => (
              <CampaignRow key={campaign.campaignId} campaign={campaign} onOpen={openCampaign} />
            ))}
            <ListFooter
              loadingMore={list.loadingMore}
              moreError={list.moreError}
              hasMore={list.hasMore}
              onMore={() => void list.loadMore()}
              end="没有更多活动了"
            />
          </>
        )}
      </View>
    </MarketerPage>
  );
}
