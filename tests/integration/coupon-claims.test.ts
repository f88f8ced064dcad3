import { cancelCampaign } from '../../functions/src/features/coupons/cancel-campaign/use-case';
import { claimCoupon } from '../../functions/src/features/coupons/claim-coupon/use-case';
import { createDocumentClient } from '../../functions/src/adapters/dynamodb';
import { createAppDeps } from '../../functions/src/composition';
import { meterClient } from '../bench/dynamo-meter';
import { marketer } from '../support/counter';
import { asMember, codeOf, couponFixtures, T0 } from '../support/coupon-fixtures';
import { createTestTable, type TestTable } from '../support/dynamo';

/** Claims from the 领券中心 through the real use case on DynamoDB Local: limits under contention, and their reads. */
let table: TestTable;
beforeAll(async () => {
  table = await createTestTable();
});
afterAll(async () => {
  await table.drop();
});

const { members, claimCampaign } = couponFixtures(() => table);

describe('claim center', () => {
  test('stock 50 and 500 members claiming at once: exactly 50 coupons, the rest STOCK_EXHAUSTED', async () => {
    const campaign = await claimCampaign({ stock: 50, perMemberLimit: 1 });
    const claimers = await members(500);
    const results = await Promise.allSettled(
      claimers.map((member) => claimCoupon(campaign.campaignId, asMember(member.memberId), T0 + 1000, table.deps)),
    );
    expect(results.filter((result) => result.status === 'fulfilled')).toHaveLength(50);
    expect(
      new Set((results.filter((r) => r.status === 'rejected') as PromiseRejectedResult[]).map((r) => codeOf(r.reason))),
    ).toEqual(new Set(['STOCK_EXHAUSTED']));
    const issued = (await table.scanAll()).filter(
      (item) => item.entity === 'Coupon' && item.campaignId === campaign.campaignId,
    );
    expect(issued).toHaveLength(50);
    expect(await table.deps.coupons.campaign(campaign.campaignId, true)).toMatchObject({
      claimed: 50,
      spentFen: 50 * 500,
    });
  });

  test('per-member limit 1 under 20 parallel claims by one member: 1 coupon, the rest LIMIT_REACHED', async () => {
    const campaign = await claimCampaign({ stock: 100, perMemberLimit: 1 });
    const [member] = await members(1);
    const results = await Promise.allSettled(
      Array.from({ length: 20 }, () =>
        claimCoupon(campaign.campaignId, asMember(member!.memberId), T0 + 1000, table.deps),
      ),
    );
    expect(results.filter((result) => result.status === 'fulfilled')).toHaveLength(1);
    for (const result of results.filter((r) => r.status === 'rejected') as PromiseRejectedResult[])
      expect(codeOf(result.reason)).toBe('LIMIT_REACHED');
    expect(await table.deps.coupons.memberCoupons(member!.memberId, `c-${campaign.campaignId}-`)).toHaveLength(1);
    expect((await table.deps.coupons.campaign(campaign.campaignId, true))!.claimed).toBe(1);
  });

  test('window and budget', async () => {
    const [member] = await members(1);
    const later = await claimCampaign({
      claimFrom: '2026-07-01T00:00:00+08:00',
      claimUntil: '2026-07-02T00:00:00+08:00',
    });
    await expect(claimCoupon(later.campaignId, asMember(member!.memberId), T0, table.deps)).rejects.toMatchObject({
      code: 'CLAIM_WINDOW_CLOSED',
    });
    const budget = await claimCampaign({ budgetFen: 1000, perMemberLimit: 5 });
    for (let i = 0; i < 2; i++) await claimCoupon(budget.campaignId, asMember(member!.memberId), T0, table.deps);
    await expect(claimCoupon(budget.campaignId, asMember(member!.memberId), T0, table.deps)).rejects.toMatchObject({
      code: 'STOCK_EXHAUSTED',
    });
  });
});

describe('what a claim reads', () => {
  test('a first claim reads only the member; a repeat is LIMIT_REACHED; a campaign cancelled while held is refused', async () => {
    const db = createDocumentClient();
    const meter = meterClient(db);
    const deps = createAppDeps(table.config, db); // one container: it holds the campaigns it saw active
    try {
      const campaign = await claimCampaign({ stock: 10, perMemberLimit: 1 });
      const [warm, member, late] = await members(3);
      await claimCoupon(campaign.campaignId, asMember(warm!.memberId), T0, deps); // settings, template, campaign
      meter.reset();
      await claimCoupon(campaign.campaignId, asMember(member!.memberId), T0, deps);
      expect(meter.totals).toMatchObject({ reads: 1, transactions: 1, cancelledTransactions: 0 });
      await expect(claimCoupon(campaign.campaignId, asMember(member!.memberId), T0, deps)).rejects.toMatchObject({
        code: 'LIMIT_REACHED',
      });
      await cancelCampaign(campaign.campaignId, marketer, T0, table.deps); // by another container
      await expect(claimCoupon(campaign.campaignId, asMember(late!.memberId), T0, deps)).rejects.toMatchObject({
        code: 'CLAIM_WINDOW_CLOSED',
      });
      expect(await table.deps.coupons.memberCoupons(late!.memberId, `c-${campaign.campaignId}-`)).toHaveLength(0);
      expect((await table.deps.coupons.campaign(campaign.campaignId, true))!.claimed).toBe(2);
    } finally {
      db.destroy();
    }
  });
});
