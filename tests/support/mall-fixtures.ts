import { createMallItem } from '../../functions/src/features/mall/create-mall-item/use-case';
import type { Principal } from '../../functions/src/http/route';
import { counter, marketer } from './counter';
import type { TestTable } from './dynamo';

/** Members with points and mall items for the mall tests, on the table the file's beforeAll made. */
export const T0 = Date.parse('2026-05-01T10:00:00+08:00');

export function mallFixtures(tableOf: () => TestTable) {
  /** A member with `points` to spend, as a member principal. */
  async function memberWith(points: number, nowMs = T0): Promise<Principal> {
    const { memberId } = await counter(tableOf()).newMember(nowMs);
    if (points > 0) await counter(tableOf()).adjust(memberId, points, nowMs);
    return { role: 'member', openid: `m-${memberId}`, memberId };
  }

  async function newItem(fields: Partial<Parameters<typeof createMallItem>[0]> = {}) {
    return createMallItem(
      {
        name: '测试商品',
        description: '',
        images: [],
        category: '测试',
        kind: 'goods',
        couponTemplateId: null,
        points: 100,
        cashFen: 0,
        stock: null,
        perMemberLimit: null,
        perOrderLimit: null,
        minLevel: null,
        saleFrom: null,
        saleUntil: null,
        sortOrder: 1,
        hidden: false,
        ...fields,
      },
      marketer,
      T0,
      tableOf().deps,
    );
  }

  return { memberWith, newItem };
}
