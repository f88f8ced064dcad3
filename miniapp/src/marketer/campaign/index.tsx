import { Text, View } from '@tarojs/components';
import { ErrorState } from '../../components/error-state';
import { Skeleton } from '../../components/skeleton';
import { CANCELLABLE } from '../../features/campaigns/campaign-words';
import {
  CampaignHeader,
  CampaignProgress,
  CampaignSettings,
  CampaignStats,
} from '../../features/campaigns/components/CampaignParts';
import { MarketerPage } from '../../features/campaigns/components/MarketerPage';
import { useCampaign, useCampaignParams } from '../../features/campaigns/hooks/use-campaign';
import { useConsoleNames } from '../../features/marketer/hooks/use-console-names';
import { goBack, routes } from '../../lib/routes';
import { useRoleGuard } from '../../lib/use-role-guard';

/** A campaign: status, the coupon, its results (and the sending progress, every 2 s), its settings, 启动 / 取消活动. */
export default function CampaignPage() {
  useRoleGuard('marketer');
  const campaignId = useCampaignParams();
  const { campaign, error, reload, launch, cancel, acting, actionError, retry } = useCampaign(campaignId);
  const names = useConsoleNames();

  if (!campaign) {
    const missing = !campaignId || error?.status === 404;
    return (
      <MarketerPage className="campaign-page">
        {missing ? (
          <ErrorState
            title="没有找到这个活动"
            message="它可能已被删除，回到活动列表看看"
            retryText="营销活动"
            onRetry={() => void goBack(routes.marketerCampaigns)}
          />
        ) : error ? (
          <ErrorState title="活动加载失败" message={error.message} onRetry={() => void reload()} />
        ) : (
          <View className="campaign-skeleton">
            <View className="panel">
              <Skeleton width={160} height={22} />
              <View className="marketer-skeleton-row" />
              <Skeleton height={48} radius={12} />
            </View>
            <View className="panel">
              <Skeleton height={120} radius={10} />
            </View>
          </View>
        )}
      </MarketerPage>
    );
  }

  const showProgress =
    campaign.progress !== null &&
    (campaign.status === 'dispatching' || campaign.progress.shardsDone < campaign.progress.shards) &&
    campaign.status !== 'cancelled';
  return (
    <MarketerPage className="campaign-page">
      <View className="campaign-detail">
        <View className="campaign-detail__main">
          <CampaignHeader campaign={campaign} />
          {showProgress && <CampaignProgress progress={campaign.progress!} />}
          <CampaignStats campaign={campaign} />
        </View>
        <View className="campaign-detail__side">
          <CampaignSettings campaign={campaign} names={names} />
        </View>
      </View>
      {actionError && <Text className="campaign-actions__error campaign-action-error">{actionError}</Text>}
      <View className="campaign-actions">
        {campaign.status === 'draft' && (
          <View
            className={`btn btn--primary campaign-actions__button campaign-launch${acting ? ' btn--disabled' : ''}`}
            hoverClass="btn--pressed"
            onClick={() => void launch()}
          >
            <Text>{acting === 'launch' ? '启动中…' : retry === 'launch' ? '重试启动' : '启动活动'}</Text>
          </View>
        )}
        {CANCELLABLE.includes(campaign.status) && (
          <View
            className={`btn btn--danger-ghost campaign-actions__button campaign-cancel${acting ? ' btn--disabled' : ''}`}
            hoverClass="btn--pressed"
            onClick={() => void cancel()}
          >
            <Text>{acting === 'cancel' ? '取消中…' : retry === 'cancel' ? '重试取消' : '取消活动'}</Text>
          </View>
        )}
      </View>
    </MarketerPage>
  );
}
