import {
  counterProductsResponse,
  productImportResponse,
  productListResponse,
  productView,
  analyticsOverview,
  salesAnalytics,
  audiencePreviewResponse,
  auditResponse,
  bulkTagResponse,
  campaignsResponse,
  campaignView,
  claimResponse,
  couponCenterResponse,
  couponCodeResponse,
  couponTemplateView,
  listResponse,
  member360,
  memberSearchResponse,
  memberTagsResponse,
  myCouponsResponse,
  programResponse,
  programVersionView,
  tagsResponse,
} from '@app/shared';
import { handler as searchMembersHandler } from '../../console/search-members/handler';
import { handler as member360Handler } from '../../console/member-360/handler';
import { handler as getProgramHandler } from '../../program/get-program/handler';
import { handler as updateProgramHandler } from '../../program/update-program/handler';
import { handler as listAuditHandler } from '../../console/list-audit/handler';
import { handler as memberTagsHandler } from '../../console/member-tags/handler';
import { handler as bulkTagsHandler } from '../../console/bulk-tags/handler';
import { handler as listTagsHandler } from '../../console/list-tags/handler';
import { handler as myCouponsHandler } from '../../coupons/my-coupons/handler';
import { handler as couponCodeHandler } from '../../coupons/coupon-code/handler';
import { handler as couponCenterHandler } from '../../coupons/coupon-center/handler';
import { handler as claimCouponHandler } from '../../coupons/claim-coupon/handler';
import { handler as listCouponTemplatesHandler } from '../../coupons/list-coupon-templates/handler';
import { handler as createCouponTemplateHandler } from '../../coupons/create-coupon-template/handler';
import { handler as getCouponTemplateHandler } from '../../coupons/get-coupon-template/handler';
import { handler as previewAudienceHandler } from '../../coupons/preview-audience/handler';
import { handler as listCampaignsHandler } from '../../coupons/list-campaigns/handler';
import { handler as createCampaignHandler } from '../../coupons/create-campaign/handler';
import { handler as getCampaignHandler } from '../../coupons/get-campaign/handler';
import { handler as launchCampaignHandler } from '../../coupons/launch-campaign/handler';
import { handler as cancelCampaignHandler } from '../../coupons/cancel-campaign/handler';
import { handler as analyticsOverviewHandler } from '../../analytics/analytics-overview/handler';
import { handler as analyticsExportHandler } from '../../analytics/analytics-export/handler';
import { handler as listProductsHandler } from '../../products/list-products/handler';
import { handler as createProductHandler } from '../../products/create-product/handler';
import { handler as updateProductHandler } from '../../products/update-product/handler';
import { handler as importProductsHandler } from '../../products/import-products/handler';
import { handler as counterProductsHandler } from '../../products/counter-products/handler';
import { handler as analyticsSalesHandler } from '../../analytics/analytics-sales/handler';
import { CSV, type RouteDoc } from './route-doc';

/** The routes of coupons and campaigns, the console, analytics, the program and the product list. */
export const consoleRoutes: readonly RouteDoc[] = [
  {
    method: 'GET',
    path: '/v1/admin/members',
    handler: searchMembersHandler,
    summary: '会员查询（q：会员号、手机号或昵称开头；不带 q：最近加入的会员，新的在前，分页）',
    response: memberSearchResponse,
    errors: [],
  },
  {
    method: 'GET',
    path: '/v1/admin/members/{memberId}',
    handler: member360Handler,
    summary: '会员 360',
    response: member360,
    errors: ['NOT_FOUND'],
  },
  {
    method: 'GET',
    path: '/v1/admin/program',
    handler: getProgramHandler,
    summary: '会员计划设置',
    response: programResponse,
    errors: [],
  },
  {
    method: 'PUT',
    path: '/v1/admin/program',
    handler: updateProgramHandler,
    summary: '保存会员计划设置（新版本）',
    response: programVersionView,
    errors: ['PROGRAM_CHANGED'],
  },
  {
    method: 'GET',
    path: '/v1/admin/audit',
    handler: listAuditHandler,
    summary: '操作日志',
    response: auditResponse,
    errors: [],
  },
  {
    method: 'POST',
    path: '/v1/admin/members/{memberId}/tags',
    handler: memberTagsHandler,
    summary: '修改会员标签',
    response: memberTagsResponse,
    errors: ['NOT_FOUND'],
  },
  {
    method: 'POST',
    path: '/v1/admin/tags/bulk',
    handler: bulkTagsHandler,
    summary: '批量打标签',
    response: bulkTagResponse,
    errors: [],
  },
  {
    method: 'GET',
    path: '/v1/admin/tags',
    handler: listTagsHandler,
    summary: '标签与人数',
    response: tagsResponse,
    errors: [],
  },
  {
    method: 'GET',
    path: '/v1/me/coupons',
    handler: myCouponsHandler,
    summary: '我的优惠券',
    response: myCouponsResponse,
    errors: [],
  },
  {
    method: 'GET',
    path: '/v1/me/coupons/{couponId}/code',
    handler: couponCodeHandler,
    summary: '优惠券码：二维码的 CPN 码及其下方的 31 位数字（同一有效期，5 分钟）',
    response: couponCodeResponse,
    errors: ['NOT_FOUND', 'COUPON_NOT_USABLE'],
  },
  {
    method: 'GET',
    path: '/v1/coupon-center',
    handler: couponCenterHandler,
    summary: '领券中心',
    response: couponCenterResponse,
    errors: ['NOT_FOUND'],
  },
  {
    method: 'POST',
    path: '/v1/coupon-center/{campaignId}/claim',
    handler: claimCouponHandler,
    summary: '领券',
    response: claimResponse,
    errors: ['NOT_FOUND', 'CLAIM_WINDOW_CLOSED', 'LIMIT_REACHED', 'STOCK_EXHAUSTED'],
  },
  {
    method: 'GET',
    path: '/v1/admin/coupon-templates',
    handler: listCouponTemplatesHandler,
    summary: '优惠券模板',
    response: listResponse(couponTemplateView),
    errors: [],
  },
  {
    method: 'POST',
    path: '/v1/admin/coupon-templates',
    handler: createCouponTemplateHandler,
    summary: '创建优惠券模板',
    response: couponTemplateView,
    errors: [],
  },
  {
    method: 'GET',
    path: '/v1/admin/coupon-templates/{templateId}',
    handler: getCouponTemplateHandler,
    summary: '优惠券模板详情',
    response: couponTemplateView,
    errors: ['NOT_FOUND'],
  },
  {
    method: 'POST',
    path: '/v1/admin/audiences/preview',
    handler: previewAudienceHandler,
    summary: '人群预估',
    response: audiencePreviewResponse,
    errors: [],
  },
  {
    method: 'GET',
    path: '/v1/admin/campaigns',
    handler: listCampaignsHandler,
    summary: '营销活动',
    response: campaignsResponse,
    errors: [],
  },
  {
    method: 'POST',
    path: '/v1/admin/campaigns',
    handler: createCampaignHandler,
    summary: '创建营销活动（草稿）',
    response: campaignView,
    errors: [],
  },
  {
    method: 'GET',
    path: '/v1/admin/campaigns/{campaignId}',
    handler: getCampaignHandler,
    summary: '营销活动详情与效果',
    response: campaignView,
    errors: ['NOT_FOUND'],
  },
  {
    method: 'POST',
    path: '/v1/admin/campaigns/{campaignId}/launch',
    handler: launchCampaignHandler,
    summary: '启动营销活动',
    response: campaignView,
    errors: ['NOT_FOUND'],
  },
  {
    method: 'POST',
    path: '/v1/admin/campaigns/{campaignId}/cancel',
    handler: cancelCampaignHandler,
    summary: '取消营销活动',
    response: campaignView,
    errors: ['NOT_FOUND'],
  },
  {
    method: 'GET',
    path: '/v1/admin/analytics/overview',
    handler: analyticsOverviewHandler,
    summary: '数据看板',
    response: analyticsOverview,
    errors: [],
  },
  {
    method: 'GET',
    path: '/v1/admin/analytics/export',
    handler: analyticsExportHandler,
    summary: '导出 CSV',
    response: CSV,
    errors: [],
  },
  {
    method: 'GET',
    path: '/v1/admin/products',
    handler: listProductsHandler,
    summary: '商品列表（含已隐藏）',
    response: productListResponse,
    errors: [],
  },
  {
    method: 'POST',
    path: '/v1/admin/products',
    handler: createProductHandler,
    summary: '新建商品（SKU）',
    response: productView,
    errors: ['SKU_EXISTS'],
  },
  {
    method: 'PUT',
    path: '/v1/admin/products/{sku}',
    handler: updateProductHandler,
    summary: '修改商品（名称、分类、售价、成本、隐藏）',
    response: productView,
    errors: ['NOT_FOUND'],
  },
  {
    method: 'POST',
    path: '/v1/admin/products/import',
    handler: importProductsHandler,
    summary: '导入商品 CSV（逐行报告）',
    response: productImportResponse,
    errors: [],
  },
  {
    method: 'GET',
    path: '/v1/store/products',
    handler: counterProductsHandler,
    summary: '收银台的商品选择（未隐藏的商品）',
    response: counterProductsResponse,
    errors: [],
  },
  {
    method: 'GET',
    path: '/v1/admin/analytics/sales',
    handler: analyticsSalesHandler,
    summary: '销售分析（商品、门店、员工排名、归属门店、消费预警）',
    response: salesAnalytics,
    errors: [],
  },
];
