/**
 * Who may call what: one row per endpoint, one expected status per caller. Later issues add their rows;
 * access-matrix.test.ts runs every row for every caller.
 */
import { demoProgram } from '../../infra/seed/demo-program';

export type Caller = 'anonymous' | 'member' | 'otherMember' | 'staff' | 'marketer';

export interface AccessRow {
  method: string;
  path: string;
  /** Built per caller, so that creating things never collides. */
  body?: (context: { memberCode: string; unique: string; memberId: string; purchaseId: string }) => unknown;
  /** Built per caller when the path names something made for the test. */
  pathFor?: (context: { memberId: string; purchaseId: string; orderId: string }) => string;
  expect: Record<Caller, number>;
  /** A route of a foreign protocol answers its 401 in that protocol's words (WeChat Pay's notify: `{ code: "FAIL" }`). */
  unauthorizedBody?: unknown;
}

const memberOnly = { anonymous: 401, member: 200, otherMember: 200, staff: 403, marketer: 403 };
const staffOnly = { anonymous: 401, member: 403, otherMember: 403, staff: 200, marketer: 403 };
const marketerOnly = { anonymous: 401, member: 403, otherMember: 403, staff: 403, marketer: 200 };

export const accessMatrix: AccessRow[] = [
  {
    method: 'GET',
    path: '/v1/health',
    expect: { anonymous: 200, member: 200, otherMember: 200, staff: 200, marketer: 200 },
  },
  {
    method: 'GET',
    path: '/v1/openapi.json',
    expect: { anonymous: 200, member: 200, otherMember: 200, staff: 200, marketer: 200 },
  },
  // Public: every caller logs in (here each as a new member of its own).
  {
    method: 'POST',
    path: '/v1/auth/wechat',
    body: ({ unique }) => ({ code: `dev:${unique}` }),
    expect: { anonymous: 200, member: 200, otherMember: 200, staff: 200, marketer: 200 },
  },
  // Issue 18: an invitation nobody made is 404 INVITATION_INVALID for every caller (accepting is public, like login).
  {
    method: 'POST',
    path: '/v1/auth/invitation',
    body: ({ unique }) => ({ code: `dev:${unique}`, invitation: 'ABCDEFGHJKLM' }),
    expect: { anonymous: 404, member: 404, otherMember: 404, staff: 404, marketer: 404 },
  },
  {
    method: 'POST',
    path: '/v1/admin/staff/invitations',
    body: () => ({ storeId: 'S003' }),
    expect: { ...marketerOnly, marketer: 201 },
  },
  { method: 'GET', path: '/v1/me', expect: memberOnly },
  { method: 'PATCH', path: '/v1/me', body: () => ({ nickname: '测试昵称' }), expect: memberOnly },
  { method: 'GET', path: '/v1/me/code', expect: memberOnly },
  { method: 'POST', path: '/v1/store/scan', body: ({ memberCode }) => ({ code: memberCode }), expect: staffOnly },
  { method: 'GET', path: '/v1/admin/staff', expect: marketerOnly },
  { method: 'GET', path: '/v1/admin/stores', expect: marketerOnly },
  // The seeded counter account enabled again (it is active): accepted without changing what it can do.
  { method: 'PUT', path: '/v1/admin/staff/staff-s001', body: () => ({ status: 'active' }), expect: marketerOnly },
  {
    method: 'POST',
    path: '/v1/admin/stores',
    body: () => ({ storeId: `S${String(Date.now() % 1_000_000).padStart(6, '0')}`, name: '矩阵门店', city: '上海' }),
    expect: { ...marketerOnly, marketer: 201 },
  },
  // The store's own city again: the marketer's change is accepted (and audited) without changing what others see.
  { method: 'PUT', path: '/v1/admin/stores/S001', body: () => ({ city: '上海' }), expect: marketerOnly },
  { method: 'GET', path: '/v1/me/points', expect: memberOnly },
  { method: 'GET', path: '/v1/me/points/lots', expect: memberOnly },
  { method: 'GET', path: '/v1/me/levels', expect: memberOnly },
  {
    method: 'POST',
    path: '/v1/store/purchases/preview',
    body: ({ memberCode }) => ({ memberCode, amountFen: 3000 }),
    expect: staffOnly,
  },
  {
    method: 'POST',
    path: '/v1/store/purchases',
    body: ({ unique }) => ({
      memberCode: 'see-below',
      receiptNo: unique.replace(/[^A-Za-z0-9]/g, ''),
      amountFen: 3000,
    }),
    // Only staff get past authorization: the placeholder code is then refused as malformed (400).
    expect: { ...staffOnly, staff: 400 },
  },
  { method: 'GET', path: '/v1/store/purchases?receiptNo=NONE', expect: { ...staffOnly, staff: 404 } },
  {
    method: 'POST',
    path: '/v1/store/purchases/{purchaseId}/refund',
    pathFor: ({ purchaseId }) => `/v1/store/purchases/${purchaseId}/refund`,
    body: () => ({ amountFen: 1 }),
    expect: { ...staffOnly, staff: 201 },
  },
  { method: 'GET', path: '/v1/store/activity', expect: staffOnly },
  { method: 'GET', path: '/v1/admin/promotions', expect: marketerOnly },
  // The seeded promotion ended long ago: ending it again answers it as it is (promotions-end.test.ts ends running ones).
  { method: 'POST', path: '/v1/admin/promotions/demo-opening-double/end', expect: marketerOnly },
  { method: 'GET', path: '/v1/checkins', expect: memberOnly },
  // Each member caller checks in once (a fresh member per run): 201.
  { method: 'POST', path: '/v1/checkins', expect: { ...memberOnly, member: 201, otherMember: 201 } },
  // A makeup of a future day is refused for members (409); others never get that far.
  {
    method: 'POST',
    path: '/v1/checkins/makeup',
    body: () => ({ date: '2099-01-01' }),
    expect: { ...memberOnly, member: 409, otherMember: 409 },
  },
  { method: 'GET', path: '/v1/me/tasks', expect: memberOnly },
  { method: 'GET', path: '/v1/me/badges', expect: memberOnly },
  { method: 'GET', path: '/v1/me/referrals', expect: memberOnly },
  { method: 'PUT', path: '/v1/me/reminders', body: () => ({ checkin: true }), expect: memberOnly },
  { method: 'POST', path: '/v1/me/phone', body: () => ({ code: 'dev:13800138000' }), expect: memberOnly },
  { method: 'GET', path: '/v1/admin/outbox', expect: marketerOnly },
  { method: 'GET', path: '/v1/me/subscriptions', expect: memberOnly },
  {
    method: 'POST',
    path: '/v1/me/subscriptions',
    body: () => ({ accepted: ['coupon-arrived'], rejected: [] }),
    expect: memberOnly,
  },
  {
    method: 'POST',
    path: '/v1/admin/promotions',
    body: () => ({
      name: '周末双倍',
      multiplier: 2,
      startsAt: '2030-01-01T00:00:00+08:00',
      endsAt: '2030-01-02T00:00:00+08:00',
    }),
    expect: { ...marketerOnly, marketer: 201 },
  },
  {
    method: 'POST',
    path: '/v1/admin/members/{memberId}/points',
    pathFor: ({ memberId }) => `/v1/admin/members/${memberId}/points`,
    body: () => ({ points: 10, reason: '权限矩阵测试' }),
    expect: { ...marketerOnly, marketer: 201 },
  },
  {
    method: 'POST',
    path: '/v1/admin/members/{memberId}/tags',
    pathFor: ({ memberId }) => `/v1/admin/members/${memberId}/tags`,
    body: () => ({ add: ['矩阵标签'] }),
    expect: marketerOnly,
  },
  {
    method: 'POST',
    path: '/v1/admin/tags/bulk',
    body: () => ({ tag: '矩阵标签', action: 'add', memberNos: ['00000000'] }),
    expect: marketerOnly,
  },
  { method: 'GET', path: '/v1/admin/tags', expect: marketerOnly },
  {
    method: 'POST',
    path: '/v1/admin/staff',
    body: ({ unique }) => ({ openid: `matrix-${unique}`, storeId: 'S003', role: 'staff' }),
    expect: { ...marketerOnly, marketer: 201 },
  },
  { method: 'GET', path: '/v1/mall/items', expect: memberOnly },
  { method: 'GET', path: '/v1/mall/items/demo-spoon', expect: memberOnly },
  // The member has points from the setup purchase; the other member has none (409 POINTS_INSUFFICIENT).
  {
    method: 'POST',
    path: '/v1/mall/orders',
    body: () => ({ itemId: 'demo-spoon', quantity: 1 }),
    expect: { ...memberOnly, member: 201, otherMember: 409 },
  },
  { method: 'GET', path: '/v1/me/orders', expect: memberOnly },
  // The member's own order; to anyone else's member token it does not exist.
  {
    method: 'GET',
    path: '/v1/me/orders/{orderId}',
    pathFor: ({ orderId }) => `/v1/me/orders/${orderId}`,
    expect: { ...memberOnly, otherMember: 404 },
  },
  {
    method: 'POST',
    path: '/v1/me/orders/{orderId}/cancel',
    pathFor: ({ orderId }) => `/v1/me/orders/${orderId}/cancel`,
    expect: { ...memberOnly, otherMember: 404 },
  },
  {
    method: 'POST',
    path: '/v1/store/orders/fulfil',
    body: () => ({ pickupCode: '00000000' }),
    expect: { ...staffOnly, staff: 404 },
  },
  { method: 'GET', path: '/v1/admin/mall/items', expect: marketerOnly },
  {
    method: 'POST',
    path: '/v1/admin/mall/items',
    body: ({ unique }) => ({
      name: `矩阵商品${unique.slice(-6)}`,
      category: '测试',
      kind: 'goods',
      points: 10,
      stock: 5,
    }),
    expect: { ...marketerOnly, marketer: 201 },
  },
  { method: 'PUT', path: '/v1/admin/mall/items/demo-spoon', body: () => ({ sortOrder: 10 }), expect: marketerOnly },
  {
    method: 'POST',
    path: '/v1/admin/mall/images',
    body: () => ({ contentType: 'image/png', sizeBytes: 1000 }),
    expect: { ...marketerOnly, marketer: 201 },
  },
  { method: 'GET', path: '/v1/me/coupons', expect: memberOnly },
  // Every new member holds the new-member coupon `welcome`.
  { method: 'GET', path: '/v1/me/coupons/welcome/code', expect: memberOnly },
  { method: 'GET', path: '/v1/coupon-center', expect: memberOnly },
  { method: 'POST', path: '/v1/coupon-center/nope/claim', expect: { ...memberOnly, member: 404, otherMember: 404 } },
  { method: 'GET', path: '/v1/admin/coupon-templates', expect: marketerOnly },
  { method: 'GET', path: '/v1/admin/coupon-templates/tpl-welcome', expect: marketerOnly },
  {
    method: 'POST',
    path: '/v1/admin/coupon-templates',
    body: () => ({ title: '矩阵券', type: 'amount_off', valueFen: 100, validity: { kind: 'relative', days: 7 } }),
    expect: { ...marketerOnly, marketer: 201 },
  },
  {
    method: 'POST',
    path: '/v1/admin/audiences/preview',
    body: () => ({ audience: { memberNos: ['00000000'] } }),
    expect: marketerOnly,
  },
  { method: 'GET', path: '/v1/admin/campaigns', expect: marketerOnly },
  {
    method: 'POST',
    path: '/v1/admin/campaigns',
    body: () => ({ name: '矩阵活动', kind: 'claim', templateId: 'tpl-welcome' }),
    expect: { ...marketerOnly, marketer: 201 },
  },
  { method: 'GET', path: '/v1/admin/campaigns/nope', expect: { ...marketerOnly, marketer: 404 } },
  { method: 'POST', path: '/v1/admin/campaigns/nope/launch', expect: { ...marketerOnly, marketer: 404 } },
  { method: 'POST', path: '/v1/admin/campaigns/nope/cancel', expect: { ...marketerOnly, marketer: 404 } },
  // Marketer console (issue 7): member search and 360, program settings, audit log.
  { method: 'GET', path: '/v1/admin/members?q=%E4%BC%9A%E5%91%98', expect: marketerOnly },
  {
    method: 'GET',
    path: '/v1/admin/members/{memberId}',
    pathFor: ({ memberId }) => `/v1/admin/members/${memberId}`,
    expect: marketerOnly,
  },
  { method: 'GET', path: '/v1/admin/program', expect: marketerOnly },
  // A version far in the future with the demo settings: nothing any other test does runs under it.
  {
    method: 'PUT',
    path: '/v1/admin/program',
    body: () => ({ ...demoProgram, effectiveAt: '2099-12-31T00:00:00Z' }),
    expect: marketerOnly,
  },
  { method: 'GET', path: '/v1/admin/audit', expect: marketerOnly },
  { method: 'GET', path: '/v1/admin/analytics/overview', expect: marketerOnly },
  { method: 'GET', path: '/v1/admin/analytics/export?report=daily', expect: marketerOnly },
  // Stored value (issue 16).
  { method: 'GET', path: '/v1/me/wallet', expect: memberOnly },
  { method: 'GET', path: '/v1/me/wallet/entries', expect: memberOnly },
  {
    method: 'GET',
    path: '/v1/wallet/packages',
    expect: { anonymous: 401, member: 200, otherMember: 200, staff: 200, marketer: 200 },
  },
  {
    method: 'POST',
    path: '/v1/wallet/topups',
    body: () => ({ amountFen: 1000 }),
    expect: { ...memberOnly, member: 201, otherMember: 201 },
  },
  {
    method: 'GET',
    path: '/v1/wallet/topups/TU00000000000000000000000000',
    expect: { ...memberOnly, member: 404, otherMember: 404 },
  },
  {
    method: 'POST',
    path: '/v1/pay/wechat/notify',
    body: () => ({ id: 'forged' }),
    // Nobody's token counts here: only WeChat Pay's signature does, and these requests carry none.
    expect: { anonymous: 401, member: 401, otherMember: 401, staff: 401, marketer: 401 },
    unauthorizedBody: { code: 'FAIL' },
  },
  {
    method: 'POST',
    path: '/v1/store/topups',
    body: ({ memberCode, unique }) => ({
      memberCode,
      receiptNo: `T${unique.replace(/[^A-Za-z0-9]/g, '')}`.slice(0, 32),
      amountFen: 1000,
    }),
    expect: { ...staffOnly, staff: 201 },
  },
  { method: 'GET', path: '/v1/admin/wallet/packages', expect: marketerOnly },
  {
    method: 'POST',
    path: '/v1/admin/wallet/packages',
    body: () => ({ title: '矩阵套餐', payFen: 100, bonusFen: 0, active: false }),
    expect: { ...marketerOnly, marketer: 201 },
  },
  {
    method: 'PUT',
    path: '/v1/admin/wallet/packages/{packageId}',
    pathFor: () => '/v1/admin/wallet/packages/no-such-package',
    body: () => ({ title: '矩阵套餐', payFen: 100, bonusFen: 0, active: false }),
    expect: { ...marketerOnly, marketer: 404 },
  },
  { method: 'GET', path: '/v1/admin/wallet/topups?from=2026-01-01&to=2026-01-31', expect: marketerOnly },
  {
    method: 'POST',
    path: '/v1/admin/wallet/topups/{topupId}/refund',
    pathFor: () => '/v1/admin/wallet/topups/TU00000000000000000000000000/refund',
    body: () => ({ reason: '矩阵退款' }),
    expect: { ...marketerOnly, marketer: 404 },
  },
  // Paid membership and punch cards (issue 17).
  {
    method: 'GET',
    path: '/v1/plans',
    expect: { anonymous: 401, member: 200, otherMember: 200, staff: 200, marketer: 200 },
  },
  { method: 'GET', path: '/v1/me/plan', expect: memberOnly },
  {
    method: 'POST',
    path: '/v1/plans/{planId}/orders',
    pathFor: () => '/v1/plans/no-such-plan/orders',
    body: () => ({ payWith: 'wallet' }),
    expect: { ...memberOnly, member: 404, otherMember: 404 },
  },
  {
    method: 'GET',
    path: '/v1/money-orders/{orderId}',
    pathFor: () => '/v1/money-orders/PL00000000000000000000000000',
    expect: { ...memberOnly, member: 404, otherMember: 404 },
  },
  {
    method: 'POST',
    path: '/v1/plans/activation-codes/redeem',
    body: () => ({ code: 'ABCD-EFGH-JKMN-PQRS' }),
    expect: { ...memberOnly, member: 409, otherMember: 409 },
  },
  { method: 'GET', path: '/v1/admin/plans', expect: marketerOnly },
  {
    method: 'POST',
    path: '/v1/admin/plans',
    body: () => ({ name: '矩阵方案', periodDays: 30, priceFen: 100, benefits: {}, active: false }),
    expect: { ...marketerOnly, marketer: 201 },
  },
  {
    method: 'PUT',
    path: '/v1/admin/plans/{planId}',
    pathFor: () => '/v1/admin/plans/no-such-plan',
    body: () => ({ name: '矩阵方案', periodDays: 30, priceFen: 100, benefits: {}, active: false }),
    expect: { ...marketerOnly, marketer: 404 },
  },
  {
    method: 'POST',
    path: '/v1/admin/plans/{planId}/activation-codes',
    pathFor: () => '/v1/admin/plans/no-such-plan/activation-codes',
    body: () => ({ count: 1, expiresAt: '2030-01-01T00:00:00+08:00' }),
    expect: { ...marketerOnly, marketer: 404 },
  },
  {
    method: 'POST',
    path: '/v1/admin/members/{memberId}/plan/refund',
    pathFor: ({ memberId }) => `/v1/admin/members/${memberId}/plan/refund`,
    body: () => ({ reason: '矩阵退款' }),
    expect: { ...marketerOnly, marketer: 409 },
  },
  {
    method: 'GET',
    path: '/v1/punch-cards',
    expect: { anonymous: 401, member: 200, otherMember: 200, staff: 200, marketer: 200 },
  },
  { method: 'GET', path: '/v1/me/punch-cards', expect: memberOnly },
  {
    method: 'POST',
    path: '/v1/punch-cards/{productId}/orders',
    pathFor: () => '/v1/punch-cards/no-such-card/orders',
    body: () => ({ payWith: 'wallet' }),
    expect: { ...memberOnly, member: 404, otherMember: 404 },
  },
  {
    method: 'POST',
    path: '/v1/store/punch-cards/sell',
    body: ({ memberCode, unique }) => ({
      memberCode,
      productId: 'no-such-card',
      receiptNo: `C${unique.replace(/[^A-Za-z0-9]/g, '')}`.slice(0, 32),
    }),
    expect: { ...staffOnly, staff: 404 },
  },
  {
    method: 'POST',
    path: '/v1/store/punch-cards/use',
    body: ({ memberCode, unique }) => ({
      memberCode,
      cardId: 'no-such-card',
      uses: 1,
      receiptNo: `U${unique.replace(/[^A-Za-z0-9]/g, '')}`.slice(0, 32),
    }),
    expect: { ...staffOnly, staff: 404 },
  },
  { method: 'GET', path: '/v1/admin/punch-cards', expect: marketerOnly },
  {
    method: 'POST',
    path: '/v1/admin/punch-cards',
    body: () => ({ name: '矩阵次卡', uses: 5, priceFen: 100, validDays: 30, covers: '矩阵', active: false }),
    expect: { ...marketerOnly, marketer: 201 },
  },
  {
    method: 'PUT',
    path: '/v1/admin/punch-cards/{productId}',
    pathFor: () => '/v1/admin/punch-cards/no-such-card',
    body: () => ({ name: '矩阵次卡', uses: 5, priceFen: 100, validDays: 30, covers: '矩阵', active: false }),
    expect: { ...marketerOnly, marketer: 404 },
  },
  {
    method: 'POST',
    path: '/v1/admin/members/{memberId}/punch-cards/{cardId}/refund',
    pathFor: ({ memberId }) => `/v1/admin/members/${memberId}/punch-cards/no-such-card/refund`,
    body: () => ({ reason: '矩阵退款' }),
    expect: { ...marketerOnly, marketer: 404 },
  },
  // Issue 19: seed 001's analytics.
  { method: 'GET', path: '/v1/admin/analytics/sales', expect: marketerOnly },
  { method: 'GET', path: '/v1/admin/analytics/export?report=skus', expect: marketerOnly },
  // Issue 18: the product list.
  { method: 'GET', path: '/v1/admin/products', expect: marketerOnly },
  {
    method: 'POST',
    path: '/v1/admin/products',
    body: ({ unique }) => ({
      sku: `M${unique.replace(/[^A-Za-z0-9]/g, '')}`.slice(0, 32),
      name: '矩阵商品',
      category: '测试',
      priceFen: 100,
    }),
    expect: { ...marketerOnly, marketer: 201 },
  },
  {
    method: 'PUT',
    path: '/v1/admin/products/{sku}',
    pathFor: () => '/v1/admin/products/NO-SUCH-SKU',
    body: () => ({ name: '矩阵商品', category: '测试', priceFen: 100 }),
    expect: { ...marketerOnly, marketer: 404 },
  },
  {
    method: 'POST',
    path: '/v1/admin/products/import',
    body: () => ({ csv: 'sku,name,category,price\nMATRIX-1,矩阵商品,测试,1' }),
    expect: { ...marketerOnly, marketer: 200 },
  },
  { method: 'GET', path: '/v1/store/products', expect: staffOnly },
];
