import type { CampaignView, CouponTemplateView } from '@app/shared';

/**
 * What this session just created, so the next screen can show it at once: a campaign opens on its page straight
 * after 创建 (then read again from the server), and a template made from the campaign form comes back chosen.
 */
const campaigns = new Map<string, CampaignView>();
let lastTemplate: CouponTemplateView | null = null;

export function rememberCampaign(campaign: CampaignView): void {
  campaigns.set(campaign.campaignId, campaign);
  if (campaigns.size > 20) campaigns.delete(campaigns.keys().next().value!);
}

export const recentCampaign = (campaignId: string): CampaignView | null => campaigns.get(campaignId) ?? null;

export function rememberTemplate(template: CouponTemplateView): void {
  lastTemplate = template;
}

/** The template created last (once: it is forgotten when taken). */
export function takeCreatedTemplate(): CouponTemplateView | null {
  const template = lastTemplate;
  lastTemplate = null;
  return template;
}

export function forgetCampaigns(): void {
  campaigns.clear();
  lastTemplate = null;
}
