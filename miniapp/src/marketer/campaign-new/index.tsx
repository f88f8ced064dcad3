import { useRouter } from '@tarojs/taro';
import { audienceDraftFromParams } from '../../features/campaigns/audience-form';
import { rememberCampaign } from '../../features/campaigns/campaign-cache';
import { CampaignForm } from '../../features/campaigns/components/CampaignForm';
import { MarketerPage } from '../../features/campaigns/components/MarketerPage';
import { useCampaignForm } from '../../features/campaigns/hooks/use-campaign-form';
import { openPage, replacePage, routes } from '../../lib/routes';
import { useRoleGuard } from '../../lib/use-role-guard';

/**
 * 新建营销活动: the form; 创建 makes a draft and replaces this page by the campaign's, where it is launched. An audience
 * can come in the query (`?segments=churn-risk`, from the dashboard's 一键发券).
 */
export default function CampaignNewPage() {
  useRoleGuard('marketer');
  const { params } = useRouter();
  const form = useCampaignForm(
    (campaign) => {
      rememberCampaign(campaign);
      void replacePage(routes.marketerCampaign, { campaignId: campaign.campaignId });
    },
    () => audienceDraftFromParams(params),
  );

  return (
    <MarketerPage className="campaign-new-page">
      <CampaignForm
        draft={form.draft}
        errors={form.errors}
        audienceDraft={form.audienceDraft}
        audienceErrors={form.audienceErrors}
        audienceInvalid={form.audienceInvalid}
        preview={form.preview}
        templates={form.templates}
        names={form.names}
        pending={form.pending}
        problem={form.problem}
        canRetry={form.canRetry}
        onChange={form.change}
        onAudienceChange={form.changeAudience}
        onNewTemplate={() => void openPage(routes.marketerTemplateNew)}
        onSubmit={() => void form.submit()}
      />
    </MarketerPage>
  );
}
