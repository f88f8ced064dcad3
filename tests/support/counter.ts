import { queries, type KeyQuery } from '../../functions/src/adapters/dynamodb';
import { QueryCommand } from '@aws-sdk/lib-dynamodb';
import { lotsOnSchedule, monthOf, qualifyingGrowth } from '@app/shared';
import type { Principal } from '../../functions/src/http/route';
import { signIn } from '../../functions/src/features/accounts/auth-wechat/use-case';
import { recordPurchase } from '../../functions/src/features/counter/record-purchase/use-case';
import { refundPurchase } from '../../functions/src/features/counter/refund-purchase/use-case';
import { adjustPoints } from '../../functions/src/features/points/adjust-points/use-case';
import type { TestTable } from './dynamo';
import { newOpenid } from './http';

/** Ledger entries in the order their changes committed: by the member version in the key, then by id. */
export function byCommitOrder<T extends Record<string, any>>(ledger: readonly T[]): T[] {
  const version = (entry: T) => String(entry.sk).split('#')[2]!;
  return [...ledger].sort((a, b) =>
    version(a) === version(b) ? (a.entryId < b.entryId ? -1 : 1) : version(a) < version(b) ? -1 : 1,
  );
}

let receipts = 0;
export const nextReceipt = () => `R${process.pid}${Date.now().toString(36)}${(receipts++).toString(36)}`.toUpperCase();

export const staffAt = (storeId = 'S001'): Principal => ({
  role: 'staff',
  openid: `staff-${storeId.toLowerCase()}`,
  storeId,
});
export const marketer: Principal = { role: 'marketer', openid: 'marketer' };

/** The counter and the member, driven in-process through the real use cases on a DynamoDB Local table. */
export function counter(table: TestTable) {
  const deps = table.deps;
  // A purchase checks its staff account inside its transaction: the counter of a store the seed has no staff for
  // (S003) gets its account on first use, as a marketer would open it.
  const staffed = new Map<string, Promise<unknown>>();
  const staffOf = (storeId = 'S001') => {
    const staff = staffAt(storeId);
    if (!staffed.has(storeId))
      staffed.set(
        storeId,
        deps.accounts.createAccount({
          role: 'staff',
          openid: staff.openid,
          storeId,
          createdAt: new Date().toISOString(),
          createdBy: 'test:counter',
        }),
      );
    return staffed.get(storeId)!.then(() => staff);
  };
  const api = {
    async newMember(nowMs: number): Promise<{ memberId: string; memberNo: string }> {
      const { memberId } = await signIn({ code: `dev:${newOpenid()}` }, nowMs, deps);
      const member = (await deps.members.getById(memberId!))!;
      return { memberId: member.memberId, memberNo: member.memberNo };
    },
    code: (memberNo: string, nowMs: number) => deps.memberCodes.issue(memberNo, nowMs, 60).code,
    purchase: async (
      memberNo: string,
      amountFen: number,
      nowMs: number,
      options: {
        receiptNo?: string;
        storeId?: string;
        items?: { sku: string; quantity: number; unitPriceFen: number }[];
      } = {},
    ) =>
      recordPurchase(
        {
          memberCode: api.code(memberNo, nowMs),
          receiptNo: options.receiptNo ?? nextReceipt(),
          amountFen,
          items: options.items,
        },
        await staffOf(options.storeId),
        nowMs,
        deps,
      ),
    refund: (purchaseId: string, amountFen: number | undefined, nowMs: number, storeId = 'S001') =>
      refundPurchase(purchaseId, amountFen, staffAt(storeId), nowMs, deps),
    adjust: (memberId: string, points: number, nowMs: number) =>
      adjustPoints(memberId, points, 'test adjustment', marketer, nowMs, deps),

    /** Every stored fact of a member's points, read consistently from the base table. */
    async state(memberId: string) {
      const query = async (keyQuery: KeyQuery) => {
        const items: Record<string, any>[] = [];
        let start: Record<string, unknown> | undefined;
        do {
          const page = await table.db.send(
            new QueryCommand({
              TableName: table.tableName,
              ...keyQuery,
              ConsistentRead: true,
              ExclusiveStartKey: start,
            }),
          );
          items.push(...(page.Items ?? []));
          start = page.LastEvaluatedKey;
        } while (start);
        return items;
      };
      const member = (await deps.members.getById(memberId, true))!;
      const [lots, ledger] = await Promise.all([query(queries.memberLots(memberId)), query(queries.ledger(memberId))]);
      return { member, lots, ledger };
    },

    /**
     * balance = Σ remaining of lots not marked expired − debt = Σ ledger entries; each lot's points are the
     * sum of what the ledger put in and took out; growth buckets equal the ledger's growth per month.
     */
    async checkInvariant(memberId: string): Promise<{ balance: number; debt: number }> {
      const { member, lots, ledger } = await api.state(memberId);
      const lotsTotal = lots.filter((lot) => !lot.expired).reduce((sum, lot) => sum + lot.remaining, 0);
      const ledgerTotal = ledger.reduce((sum, entry) => sum + entry.points, 0);
      expect({ memberId, lotPoints: member.lotPoints }).toEqual({ memberId, lotPoints: lotsTotal });
      expect({ memberId, balance: member.lotPoints - member.pointsDebt }).toEqual({ memberId, balance: ledgerTotal });
      expect(member.lotPoints === 0 || member.pointsDebt === 0).toBe(true);
      for (const lot of lots) expect(lot.remaining).toBeGreaterThanOrEqual(0);
      // The expiry schedule on the member item (what the card and the counter read instead of the lots) is the lots'.
      const schedule: Record<string, number> = {};
      for (const lot of lots)
        if (!lot.expired && lot.remaining > 0 && lot.expiresAt)
          schedule[lot.expiresAt] = (schedule[lot.expiresAt] ?? 0) + lot.remaining;
      expect({ memberId, pointsByExpiry: member.pointsByExpiry }).toEqual({ memberId, pointsByExpiry: schedule });
      // Each lot is named by its expiry, so the member item alone names every lot with points left (writes read none).
      const live = lots
        .filter((lot) => !lot.expired && lot.remaining > 0)
        .map((lot) => ({ lotId: lot.lotId, expiresAt: lot.expiresAt, remaining: lot.remaining }))
        .sort((a, b) => (a.expiresAt ?? '9999').localeCompare(b.expiresAt ?? '9999'));
      expect({ memberId, lots: lotsOnSchedule(member) }).toEqual({ memberId, lots: live });
      const growthFromLedger: Record<string, number> = {};
      for (const entry of ledger)
        if (entry.growth)
          growthFromLedger[entry.growthMonth] = (growthFromLedger[entry.growthMonth] ?? 0) + entry.growth;
      const nonZero = (buckets: Record<string, number>) =>
        Object.fromEntries(Object.entries(buckets).filter(([, growth]) => growth !== 0));
      expect(nonZero(member.growthByMonth)).toEqual(nonZero(growthFromLedger));
      // In commit order (the member version in the key), each balanceAfter is the running sum.
      let running = 0;
      for (const entry of byCommitOrder(ledger)) {
        running += entry.points;
        expect({ entry: entry.entryId, balanceAfter: entry.balanceAfter }).toEqual({
          entry: entry.entryId,
          balanceAfter: running,
        });
      }
      return { balance: ledgerTotal, debt: member.pointsDebt };
    },

    qualifying: (member: { growthByMonth: Record<string, number> }, nowMs: number) =>
      qualifyingGrowth(member.growthByMonth, monthOf(nowMs, 'Asia/Shanghai')),
  };
  return api;
}
