import { lazySchema } from '@app/shared';
import {
  adminMallItemsResponse,
  adminMallItemView,
  mallImageUploadResponse,
  badgesResponse,
  calendarResponse,
  checkinResult,
  fulfilOrderResponse,
  mallItemsResponse,
  mallItemView,
  ordersResponse,
  orderView,
  outboxResponse,
  referralsResponse,
  tasksResponse,
} from '@app/shared';
import * as z from 'zod';
import { handler as checkInHandler } from '../../engagement/check-in/handler';
import { handler as checkinMakeupHandler } from '../../engagement/checkin-makeup/handler';
import { handler as checkinCalendarHandler } from '../../engagement/checkin-calendar/handler';
import { handler as myTasksHandler } from '../../engagement/my-tasks/handler';
import { handler as myBadgesHandler } from '../../engagement/my-badges/handler';
import { handler as myReferralsHandler } from '../../engagement/my-referrals/handler';
import { handler as setRemindersHandler } from '../../engagement/set-reminders/handler';
import { handler as listOutboxHandler } from '../../engagement/list-outbox/handler';
import { handler as listMallItemsHandler } from '../../mall/list-mall-items/handler';
import { handler as getMallItemHandler } from '../../mall/get-mall-item/handler';
import { handler as placeOrderHandler } from '../../mall/place-order/handler';
import { handler as listMyOrdersHandler } from '../../mall/list-my-orders/handler';
import { handler as getMyOrderHandler } from '../../mall/get-my-order/handler';
import { handler as cancelOrderHandler } from '../../mall/cancel-order/handler';
import { handler as fulfilOrderHandler } from '../../mall/fulfil-order/handler';
import { handler as listAdminMallItemsHandler } from '../../mall/list-admin-mall-items/handler';
import { handler as createMallItemHandler } from '../../mall/create-mall-item/handler';
import { handler as updateMallItemHandler } from '../../mall/update-mall-item/handler';
import { createHandler as createImageUploadRoute } from '../../mall/create-image-upload/route';
import type { RouteDoc } from './route-doc';

const reminderResponse = lazySchema(() => z.object({ checkin: z.boolean() }));

/** The routes of check-in, tasks, badges, referrals and the points mall. */
export const engagementRoutes: readonly RouteDoc[] = [
  {
    method: 'POST',
    path: '/v1/checkins',
    handler: checkInHandler,
    summary: '签到',
    response: checkinResult,
    errors: ['NOT_FOUND', 'CHECKIN_ALREADY_DONE'],
  },
  {
    method: 'POST',
    path: '/v1/checkins/makeup',
    handler: checkinMakeupHandler,
    summary: '补签',
    response: checkinResult,
    errors: ['NOT_FOUND', 'MAKEUP_NOT_ALLOWED', 'POINTS_INSUFFICIENT'],
  },
  {
    method: 'GET',
    path: '/v1/checkins',
    handler: checkinCalendarHandler,
    summary: '签到日历',
    response: calendarResponse,
    errors: ['NOT_FOUND'],
  },
  {
    method: 'GET',
    path: '/v1/me/tasks',
    handler: myTasksHandler,
    summary: '任务',
    response: tasksResponse,
    errors: ['NOT_FOUND'],
  },
  {
    method: 'GET',
    path: '/v1/me/badges',
    handler: myBadgesHandler,
    summary: '勋章',
    response: badgesResponse,
    errors: ['NOT_FOUND'],
  },
  {
    method: 'GET',
    path: '/v1/me/referrals',
    handler: myReferralsHandler,
    summary: '邀请好友',
    response: referralsResponse,
    errors: ['NOT_FOUND'],
  },
  {
    method: 'PUT',
    path: '/v1/me/reminders',
    handler: setRemindersHandler,
    summary: '签到提醒开关',
    response: reminderResponse,
    errors: ['NOT_FOUND'],
  },
  {
    method: 'GET',
    path: '/v1/admin/outbox',
    handler: listOutboxHandler,
    summary: '消息（订阅消息的发送记录）',
    response: outboxResponse,
    errors: ['NOT_FOUND'],
  },
  {
    method: 'GET',
    path: '/v1/mall/items',
    handler: listMallItemsHandler,
    summary: '积分商城',
    response: mallItemsResponse,
    errors: ['NOT_FOUND'],
  },
  {
    method: 'GET',
    path: '/v1/mall/items/{itemId}',
    handler: getMallItemHandler,
    summary: '礼品详情',
    response: mallItemView,
    errors: ['NOT_FOUND'],
  },
  {
    method: 'POST',
    path: '/v1/mall/orders',
    handler: placeOrderHandler,
    summary: '兑换礼品',
    response: orderView,
    errors: [
      'NOT_FOUND',
      'ITEM_NOT_OFFERED',
      'POINTS_INSUFFICIENT',
      'POINTS_IN_DEBT',
      'LEVEL_TOO_LOW',
      'STOCK_EXHAUSTED',
      'LIMIT_REACHED',
      'SALE_NOT_STARTED',
      'SALE_ENDED',
    ],
  },
  {
    method: 'GET',
    path: '/v1/me/orders',
    handler: listMyOrdersHandler,
    summary: '我的兑换',
    response: ordersResponse,
    errors: [],
  },
  {
    method: 'GET',
    path: '/v1/me/orders/{orderId}',
    handler: getMyOrderHandler,
    summary: '兑换详情',
    response: orderView,
    errors: ['NOT_FOUND'],
  },
  {
    method: 'POST',
    path: '/v1/me/orders/{orderId}/cancel',
    handler: cancelOrderHandler,
    summary: '取消兑换',
    response: orderView,
    errors: ['NOT_FOUND', 'ORDER_NOT_CANCELLABLE'],
  },
  {
    method: 'POST',
    path: '/v1/store/orders/fulfil',
    handler: fulfilOrderHandler,
    summary: '确认发放',
    response: fulfilOrderResponse,
    errors: ['NOT_FOUND', 'ORDER_ALREADY_FULFILLED', 'ORDER_CANCELLED', 'PICKUP_EXPIRED'],
  },
  {
    method: 'GET',
    path: '/v1/admin/mall/items',
    handler: listAdminMallItemsHandler,
    summary: '礼品管理',
    response: adminMallItemsResponse,
    errors: [],
  },
  {
    method: 'POST',
    path: '/v1/admin/mall/items',
    handler: createMallItemHandler,
    summary: '上架礼品',
    response: adminMallItemView,
    errors: [],
  },
  {
    method: 'PUT',
    path: '/v1/admin/mall/items/{itemId}',
    handler: updateMallItemHandler,
    summary: '修改礼品（库存按增减）',
    response: adminMallItemView,
    errors: ['NOT_FOUND', 'STOCK_EXHAUSTED'],
  },
  {
    method: 'POST',
    path: '/v1/admin/mall/images',
    handler: createImageUploadRoute(),
    summary: '上传礼品图片（S3 POST 签名，限类型与 2 MB）',
    response: mallImageUploadResponse,
    errors: ['IMAGE_TOO_LARGE', 'IMAGE_TYPE_UNSUPPORTED'],
  },
];
