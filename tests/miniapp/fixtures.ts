import Taro from '@tarojs/taro';
import type { MeResponse } from '@app/shared';

export const member: MeResponse = {
  memberId: '01JDEMO0000000000000000000',
  memberNo: '10000001',
  nickname: '拿铁爱好者',
  avatarUrl: null,
  birthday: null,
  phoneMasked: '138****8000',
  joinedAt: '2025-03-02T10:00:00+08:00',
  referralCode: 'K7PQ2M',
  level: { code: 'L2', name: '银卡会员', heldSince: '2025-06-01T00:00:00+08:00', validUntil: '2026-06-01' },
  nextLevel: { code: 'L3', name: '金卡会员', growthNeeded: 620 },
  growth: { qualifying: 880, lifetime: 1240 },
  points: { balance: 1260, debt: 0, pending: 0, expiring: null },
  rights: [
    { code: 'points-multiplier', title: '积分1.2倍', description: '消费积分按1.2倍累积' },
    { code: 'store-discount', title: '门店9折', description: '门店消费享9折优惠' },
  ],
  stamps: { count: 3, of: 10 },
};

export const CODE = '10000000117640000001234569876543210';

export const memberCode = (now = Date.now(), ttlSeconds = 60, refreshBeforeSeconds = 10) => ({
  code: CODE,
  expiresAt: new Date(now + ttlSeconds * 1000).toISOString(),
  refreshAfter: new Date(now + (ttlSeconds - refreshBeforeSeconds) * 1000).toISOString(),
});

type Reply = { status: number; body: unknown } | Error;
type Route = (request: {
  method: string;
  path: string;
  query: URLSearchParams;
  data: unknown;
  header: Record<string, string>;
}) => Reply;

/** Answers Taro.request from a function of (method, path); an Error means the network failed. */
export function mockApi(route: Route) {
  const request = Taro.request as jest.Mock;
  request.mockImplementation(
    async (options: { url: string; method?: string; data?: unknown; header?: Record<string, string> }) => {
      const url = new URL(options.url);
      const reply = route({
        method: options.method ?? 'GET',
        path: url.pathname,
        query: url.searchParams,
        data: options.data,
        header: options.header ?? {},
      });
      if (reply instanceof Error) throw reply;
      return { statusCode: reply.status, data: reply.body, header: {}, errMsg: 'request:ok' };
    },
  );
  return request;
}

export const errorReply = (status: number, code: string, message: string, details?: Record<string, unknown>) => ({
  status,
  body: { error: { code, message, requestId: 'req-1', ...(details ? { details } : {}) } },
});

export function signIn(role: 'member' | 'staff' | 'marketer' = 'member') {
  Taro.setStorageSync('hyk.session', {
    token: `token-${role}`,
    expiresAt: new Date(Date.now() + 3600_000).toISOString(),
    role,
    ...(role === 'staff' ? { storeId: 'S001' } : {}),
  });
}
