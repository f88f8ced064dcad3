import {
  type Audience,
  audiencePreviewResponse,
  campaignsResponse,
  type CampaignRequest,
  campaignView,
  type CouponTemplateRequest,
  couponTemplateView,
  listResponse,
} from '@app/shared';
import type { audienceSchema, campaignRequest, couponTemplateRequest } from '@app/shared';
import type * as z from 'zod';
import { apiRequest, withQuery } from '../../../lib/api-client';

/** What the forms send: the contracts' input types (fields with defaults may be left out). */
export type TemplateBody = z.input<typeof couponTemplateRequest>;
export type CampaignBody = z.input<typeof campaignRequest>;
export type AudienceBody = z.input<typeof audienceSchema>;

const templatesResponse = listResponse(couponTemplateView);

/** GET /v1/admin/coupon-templates — one page of the coupon templates, newest first. */
export const listTemplates = (params: { cursor?: string | null; limit?: number } = {}) =>
  apiRequest({
    path: withQuery('/v1/admin/coupon-templates', { limit: params.limit ?? 50, cursor: params.cursor }),
    schema: templatesResponse,
  });

/** POST /v1/admin/coupon-templates — a new template; one key per submission, reused by a retry without an answer. */
export const createTemplate = (body: TemplateBody | CouponTemplateRequest, idempotencyKey: string) =>
  apiRequest({
    method: 'POST',
    path: '/v1/admin/coupon-templates',
    body,
    schema: couponTemplateView,
    headers: { 'Idempotency-Key': idempotencyKey },
  });

/** POST /v1/admin/audiences/preview — how many members an audience holds now, and a few of them. */
export const previewAudience = (audience: AudienceBody | Audience) =>
  apiRequest({
    method: 'POST',
    path: '/v1/admin/audiences/preview',
    body: { audience },
    schema: audiencePreviewResponse,
  });

/** GET /v1/admin/campaigns — one page of the campaigns, newest first. */
export const listCampaigns = (params: { cursor?: string | null } = {}) =>
  apiRequest({
    path: withQuery('/v1/admin/campaigns', { limit: 20, cursor: params.cursor }),
    schema: campaignsResponse,
  });

/** GET /v1/admin/campaigns/{campaignId} — the campaign with its results and, while it is sent, its progress. */
export const getCampaign = (campaignId: string) =>
  apiRequest({ path: `/v1/admin/campaigns/${encodeURIComponent(campaignId)}`, schema: campaignView });

/** POST /v1/admin/campaigns — a new campaign, as a draft (启动 is a separate step). */
export const createCampaign = (body: CampaignBody | CampaignRequest, idempotencyKey: string) =>
  apiRequest({
    method: 'POST',
    path: '/v1/admin/campaigns',
    body,
    schema: campaignView,
    headers: { 'Idempotency-Key': idempotencyKey },
  });

/** POST /v1/admin/campaigns/{id}/launch — push: dispatching (then completed) or scheduled; claim: active. */
export const launchCampaign = (campaignId: string, idempotencyKey: string) =>
  apiRequest({
    method: 'POST',
    path: `/v1/admin/campaigns/${encodeURIComponent(campaignId)}/launch`,
    schema: campaignView,
    headers: { 'Idempotency-Key': idempotencyKey },
  });

/** POST /v1/admin/campaigns/{id}/cancel — stops a campaign (取消活动). */
export const cancelCampaign = (campaignId: string, idempotencyKey: string) =>
  apiRequest({
    method: 'POST',
    path: `/v1/admin/campaigns/${encodeURIComponent(campaignId)}/cancel`,
    schema: campaignView,
    headers: { 'Idempotency-Key': idempotencyKey },
  });
