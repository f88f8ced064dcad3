import { BatchWriteCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import { keys, MEMBER_DIRECTORY_SHARDS, type CampaignRecord } from '../../functions/src/adapters/dynamodb';
import { cancelCampaign } from '../../functions/src/features/coupons/cancel-campaign/use-case';
import { createCampaign } from '../../functions/src/features/coupons/create-campaign/use-case';
import { createTemplate } from '../../functions/src/features/coupons/create-coupon-template/use-case';
import { launchCampaign } from '../../functions/src/features/coupons/launch-campaign/use-case';
import { claimCoupon } from '../../functions/src/features/coupons/claim-coupon/use-case';
import { dispatchShards } from '../../functions/src/features/coupons/dispatch';
import { previewAudience } from '../../functions/src/features/coupons/preview-audience/use-case';
import { recordPurchase } from '../../functions/src/features/counter/record-purchase/use-case';
import { birthdayGifts } from '../../functions/src/jobs/birthday-gifts';
import { dispatchCampaigns } from '../../functions/src/jobs/dispatch-campaigns';
import { issueEntitlements } from '../../functions/src/jobs/issue-entitlements';
import { levelPerks } from '../../functions/src/jobs/level-perks';
import { counter, marketer, nextReceipt, staffAt } from '../support/counter';
import { asMember, at, couponFixtures, T0 } from '../support/coupon-fixtures';
import { createTestTable, type TestTable } from '../support/dynamo';

let table: TestTable;
let c: ReturnType<typeof counter>;
beforeAll(async () => {
  table = await createTestTable();
  c = counter(table);
});
afterAll(async () => {
  await table.drop();
});

const { members, amountOff, claimCampaign } = couponFixtures(() => table);

describe('coupons at the counter', () => {
  const buyWith = (memberNo: string, couponId: string, amountFen: number, nowMs = T0 + 60_000, storeId = 'S001') =>
    recordPurchase(
      { memberCode: c.code(memberNo, nowMs), receiptNo: nextReceipt(), amountFen, couponIds: [couponId] },
      staffAt(storeId),
      nowMs,
      table.deps,
    );

  test('one coupon in 10 parallel purchases is used once; the others are refused and write nothing', async () => {
    const campaign = await claimCampaign({ perMemberLimit: 1 });
    const [member] = await members(1);
    const { coupon } = await claimCoupon(campaign.campaignId, asMember(member!.memberId), T0, table.deps);
    const results = await Promise.allSettled(
      Array.from({ length: 10 }, () => buyWith(member!.memberNo, coupon.couponId, 5000)),
    );
    const won = results.filter((result) => result.status === 'fulfilled') as PromiseFulfilledResult<
      Awaited<ReturnType<typeof buyWith>>
    >[];
    expect(won).toHaveLength(1);
    expect(won[0]!.value).toMatchObject({ couponDiscountFen: 500, payableFen: 4500, couponsUsed: [coupon.couponId] });
    for (const result of results.filter((r) => r.status === 'rejected') as PromiseRejectedResult[])
      expect(result.reason).toMatchObject({ code: 'COUPON_NOT_USABLE', details: { reason: 'USED' } });
    const { ledger } = await c.state(member!.memberId);
    expect(ledger.filter((entry) => entry.reasonCode === 'purchase')).toHaveLength(1);
    expect(await table.deps.coupons.stats(campaign.campaignId)).toEqual({
      redeemed: 1,
      discountFen: 500,
      salesFen: 4500,
    });
  });

  test.each([
    ['BELOW_MIN_SPEND', {}, 2999, 0],
    ['WRONG_STORE', { storeIds: ['S002'] }, 5000, 0],
    ['EXPIRED', {}, 5000, 31 * 86_400_000],
    ['NOT_YOURS', {}, 5000, 0],
  ] as const)(
    '%s is refused with its reason and nothing is written',
    async (reason, templateFields, amountFen, laterMs) => {
      const template = await amountOff(templateFields as { storeIds?: string[] });
      const campaign = await launchCampaign(
        (
          await createCampaign(
            { name: 'x', kind: 'claim', templateId: template.templateId, audience: {}, notify: false },
            marketer,
            T0,
            table.deps,
          )
        ).campaignId,
        marketer,
        T0,
        table.deps,
      );
      const [owner, other] = await members(2);
      const { coupon } = await claimCoupon(campaign.campaignId, asMember(owner!.memberId), T0, table.deps);
      const buyer = reason === 'NOT_YOURS' ? other! : owner!;
      const before = await table.scanAll();
      await expect(buyWith(buyer.memberNo, coupon.couponId, amountFen, T0 + 60_000 + laterMs)).rejects.toMatchObject({
        code: 'COUPON_NOT_USABLE',
        details: { reason },
      });
      expect(await table.scanAll()).toEqual(before);
    },
  );

  test('the minimum spend is checked after the level discount', async () => {
    const template = await amountOff({ minSpendFen: 3000 });
    const campaign = await launchCampaign(
      (
        await createCampaign(
          { name: 'x', kind: 'claim', templateId: template.templateId, audience: {}, notify: false },
          marketer,
          T0,
          table.deps,
        )
      ).campaignId,
      marketer,
      T0,
      table.deps,
    );
    const [member] = await members(1);
    await c.purchase(member!.memberNo, 50_000, T0); // → 银卡, 9折
    const { coupon } = await claimCoupon(campaign.campaignId, asMember(member!.memberId), T0, table.deps);
    // ¥33 × 0.9 = ¥29.70 < ¥30
    await expect(buyWith(member!.memberNo, coupon.couponId, 3300)).rejects.toMatchObject({
      details: { reason: 'BELOW_MIN_SPEND' },
    });
    await expect(buyWith(member!.memberNo, coupon.couponId, 3400)).resolves.toMatchObject({
      levelDiscountFen: 340,
      couponDiscountFen: 500,
      payableFen: 2560,
    });
  });

  test('a full refund restores a still-valid coupon and leaves an expired one expired', async () => {
    const template = await amountOff({
      validity: { kind: 'fixed', from: '2026-06-01T00:00:00+08:00', until: '2026-06-20T00:00:00+08:00' },
    });
    const campaign = await launchCampaign(
      (
        await createCampaign(
          { name: 'x', kind: 'claim', templateId: template.templateId, audience: {}, notify: false, perMemberLimit: 2 },
          marketer,
          T0,
          table.deps,
        )
      ).campaignId,
      marketer,
      T0,
      table.deps,
    );
    const [member] = await members(1);
    const first = (await claimCoupon(campaign.campaignId, asMember(member!.memberId), T0, table.deps)).coupon;
    const second = (await claimCoupon(campaign.campaignId, asMember(member!.memberId), T0, table.deps)).coupon;
    const kept = await buyWith(member!.memberNo, first.couponId, 5000);
    const lapsed = await buyWith(member!.memberNo, second.couponId, 5000);
    const partial = await c.refund(kept.purchaseId, 1000, T0 + 120_000);
    expect(partial.couponsRestored).toEqual([]); // a partial refund keeps the coupon used
    expect(await c.refund(kept.purchaseId, undefined, T0 + 180_000)).toMatchObject({
      couponsRestored: [first.couponId],
    });
    expect(await c.refund(lapsed.purchaseId, undefined, at('2026-06-25T10:00:00+08:00'))).toMatchObject({
      couponsRestored: [],
    });
    const wallet = await table.deps.coupons.memberCoupons(member!.memberId);
    expect(wallet.find((coupon) => coupon.couponId === first.couponId)).toMatchObject({
      status: 'available',
      usedPurchaseId: null,
    });
    const { toCouponView } = await import('../../functions/src/features/coupons/views');
    expect(
      toCouponView(wallet.find((coupon) => coupon.couponId === second.couponId)!, at('2026-06-25T10:00:00+08:00'), {})
        .status,
    ).toBe('expired');
    expect(await table.deps.coupons.stats(campaign.campaignId)).toEqual({ redeemed: 0, discountFen: 0, salesFen: 0 });
  });
});

describe('stamp card', () => {
  test('10 qualifying purchases give one gift coupon; a refunded one does not count; one below ¥15 does not count', async () => {
    const [member] = await members(1);
    const buy = (amountFen: number, minute: number) => c.purchase(member!.memberNo, amountFen, T0 + minute * 60_000);
    for (let i = 0; i < 5; i++) await buy(1500, i);
    const refunded = await buy(2000, 5);
    await c.refund(refunded.purchaseId, undefined, T0 + 6 * 60_000);
    await buy(1499, 7); // ¥14.99: no stamp
    const stampCoupons = async () =>
      (await table.deps.coupons.memberCoupons(member!.memberId)).filter((coupon) => coupon.source === 'stamp-card');
    for (let i = 0; i < 4; i++) await buy(1500, 8 + i);
    expect((await table.deps.members.getById(member!.memberId, true))!.stamps).toBe(9);
    expect(await stampCoupons()).toHaveLength(0);
    const tenth = await buy(1500, 20);
    expect(tenth).toMatchObject({ stamps: { count: 0, of: 10 }, stampCouponId: `stamp-${tenth.purchaseId}` });
    expect(await stampCoupons()).toEqual([expect.objectContaining({ title: '中杯咖啡兑换券', status: 'available' })]);
    // Refunding the card's last purchase takes its unused coupon back and the card returns to 9.
    await c.refund(tenth.purchaseId, undefined, T0 + 21 * 60_000);
    expect((await stampCoupons())[0]).toMatchObject({ status: 'revoked' });
    expect((await table.deps.members.getById(member!.memberId, true))!.stamps).toBe(9);
  });
});

describe('push campaigns', () => {
  test('an audience of 10,000 members, dispatch killed half-way then resumed: exactly 10,000 coupons, none twice; relaunching or re-running adds nothing', async () => {
    const test = await createTestTable();
    try {
      const deps = test.deps;
      const joinedAt = '2026-01-01T00:00:00.000Z';
      // 10,000 members written straight into the table (registration one by one would take minutes): profile
      // items with their directory entry, half of them tagged for the audience.
      const ids = Array.from({ length: 12_000 }, (_, i) => `PUSH${String(i).padStart(8, '0')}`);
      for (let i = 0; i < ids.length; i += 25) {
        await test.db.send(
          new BatchWriteCommand({
            RequestItems: {
              [test.tableName]: ids.slice(i, i + 25).map((memberId, k) => ({
                PutRequest: {
                  Item: {
                    ...keys.member(memberId),
                    ...keys.memberDirectoryIndex(memberId, null),
                    entity: 'Member',
                    memberId,
                    memberNo: String(20_000_000 + i + k),
                    nickname: `推送${i + k}`,
                    levelCode: i + k < 10_000 ? 'L1' : 'L2',
                    joinedAt,
                    birthday: null,
                    lotPoints: 0,
                    pointsDebt: 0,
                  },
                },
              })),
            },
          }),
        );
      }
      const template = await createTemplate(
        {
          title: '回归礼',
          description: '',
          usageNotes: '',
          type: 'amount_off',
          valueFen: 300,
          minSpendFen: 0,
          validity: { kind: 'relative', days: 7, startOffsetDays: 0 },
        },
        marketer,
        T0,
        deps,
      );
      const audience = { levels: ['L1'], joinedTo: '2026-01-01' };
      expect((await previewAudience(audience, await deps.programAt(T0), T0, deps)).count).toBe(10_000);
      const draft = await createCampaign(
        {
          name: '万人推送',
          kind: 'push',
          templateId: template.templateId,
          audience,
          notify: true,
          scheduleAt: '2026-06-10T12:00:00+08:00',
        },
        marketer,
        T0,
        deps,
      );
      expect((await launchCampaign(draft.campaignId, marketer, T0, deps)).status).toBe('scheduled');

      // The job starts it at its time; here the worker "crashes" after 60 pages.
      await deps.commit([
        deps.coupons.statusWrite(
          (await deps.coupons.campaign(draft.campaignId, true)) as CampaignRecord,
          'dispatching',
          { launchedAt: new Date(T0).toISOString() },
        ),
      ]);
      await deps.coupons.startDispatch(draft.campaignId, MEMBER_DIRECTORY_SHARDS);
      const shards = Array.from({ length: MEMBER_DIRECTORY_SHARDS }, (_, shard) => shard);
      const crashed = await dispatchShards(draft.campaignId, shards, at('2026-06-10T12:00:00+08:00'), deps, {
        maxPages: 60,
      });
      expect(crashed.done).toBe(false);
      const midway = (await deps.coupons.dispatch(draft.campaignId))!;
      expect(midway.issued).toBeGreaterThan(0);
      expect(midway.issued).toBeLessThan(10_000);

      const resumed = await dispatchCampaigns(at('2026-06-10T12:05:00+08:00'), deps);
      expect(resumed).toMatchObject({ resumed: 1 });
      const done = await launchCampaign(draft.campaignId, marketer, T0, deps);
      expect(done).toMatchObject({
        status: 'completed',
        stats: { targeted: 10_000, issued: 10_000 },
        progress: { shardsDone: MEMBER_DIRECTORY_SHARDS, shards: MEMBER_DIRECTORY_SHARDS },
      });
      expect(await dispatchCampaigns(at('2026-06-10T12:10:00+08:00'), deps)).toMatchObject({ issued: 0 });
      await dispatchShards(draft.campaignId, shards, T0, deps);

      // One read of everything at the end: exactly one coupon and one 券到账 notice per member of the audience.
      const items = await test.scanAll();
      const coupons = items.filter((item) => item.entity === 'Coupon' && item.campaignId === draft.campaignId);
      expect(coupons).toHaveLength(10_000);
      expect(new Set(coupons.map((coupon) => coupon.memberId)).size).toBe(10_000);
      expect(coupons.every((coupon) => coupon.memberId < 'PUSH00010000')).toBe(true);
      expect(items.filter((item) => item.entity === 'Outbox' && item.template === 'coupon-arrived')).toHaveLength(
        10_000,
      );
      await expect(cancelCampaign(draft.campaignId, marketer, T0, deps)).rejects.toMatchObject({
        code: 'VALIDATION_FAILED',
      });
    } finally {
      await test.drop();
    }
  }, 600_000);
});

describe('automatic coupons', () => {
  test('a new member gets 新人首杯免费, valid 14 days in program time', async () => {
    const [member] = await members(1, at('2026-06-10T22:00:00+08:00'));
    const [welcome] = await table.deps.coupons.memberCoupons(member!.memberId);
    expect(welcome).toMatchObject({
      couponId: 'welcome',
      title: '新人首杯免费',
      type: 'gift',
      validUntil: new Date(at('2026-06-24T00:00:00+08:00')).toISOString(),
    });
  });

  test('an upgrade issues its gift coupon at once; a pending entitlement from before is issued by the job, once', async () => {
    const [member] = await members(1);
    await c.purchase(member!.memberNo, 50_000, T0); // → 银卡
    expect(
      (await table.deps.coupons.memberCoupons(member!.memberId)).filter((coupon) => coupon.source === 'upgrade-gift'),
    ).toEqual([expect.objectContaining({ title: '满30减5' })]);

    const [old] = await members(1);
    await table.db.send(
      new PutCommand({
        TableName: table.tableName,
        Item: {
          ...keys.entitlement(old!.memberId, 'ENT-OLD-1'),
          ...keys.pendingEntitlementIndex('2026-01-01T00:00:00.000Z', 'ENT-OLD-1'),
          entity: 'Entitlement',
          entitlementId: 'ENT-OLD-1',
          memberId: old!.memberId,
          kind: 'upgrade-gift-coupon',
          levelCode: 'L3',
          couponTitle: '任意饮品兑换券',
          status: 'pending',
          at: '2026-01-01T00:00:00.000Z',
          ref: { kind: 'receipt', id: 'S001/OLD' },
        },
      }),
    );
    expect(await issueEntitlements(T0, table.deps)).toMatchObject({ issued: 1 });
    expect(await issueEntitlements(T0, table.deps)).toMatchObject({ pending: 0, issued: 0 });
    expect(
      (await table.deps.coupons.memberCoupons(old!.memberId)).filter((coupon) => coupon.source === 'upgrade-gift'),
    ).toEqual([expect.objectContaining({ couponId: 'upgrade-ENT-OLD-1', title: '任意饮品兑换券' })]);
    expect((await table.deps.entitlements.ofMember(old!.memberId))[0]).toMatchObject({
      status: 'issued',
      couponId: 'upgrade-ENT-OLD-1',
    });
  });

  test('birthday gifts go to 金卡 members on their birthday, once a year; 银卡 members on the 8th get the perk once a month', async () => {
    const [gold, silver] = await members(2);
    for (const [member, level, birthday] of [
      [gold!, 'L3', '1990-06-12'],
      [silver!, 'L2', '1992-06-12'],
    ] as const) {
      const record = (await table.deps.members.getById(member.memberId, true))!;
      await table.deps.commit(
        table.deps.pointsAccounts.writes({ member: record, update: { levelCode: level, fields: { birthday } } }),
      );
    }
    const birthday = at('2026-06-12T00:30:00+08:00');
    expect((await birthdayGifts(birthday, table.deps)).issued).toBeGreaterThanOrEqual(2);
    expect(await birthdayGifts(birthday, table.deps)).toMatchObject({ issued: 0 });
    const goldBirthday = (await table.deps.coupons.memberCoupons(gold!.memberId))
      .filter((coupon) => coupon.source === 'birthday')
      .map((coupon) => coupon.title);
    expect(goldBirthday.sort()).toEqual(['生日任意饮品兑换券', '生日杯']);
    expect(
      (await table.deps.coupons.memberCoupons(silver!.memberId)).filter((coupon) => coupon.source === 'birthday'),
    ).toHaveLength(0);

    expect(await levelPerks(at('2026-06-07T10:00:00+08:00'), table.deps)).toMatchObject({ perks: 0 });
    const eighth = await levelPerks(at('2026-06-08T09:00:00+08:00'), table.deps);
    expect(eighth.issued).toBeGreaterThanOrEqual(1);
    expect(await levelPerks(at('2026-06-08T20:00:00+08:00'), table.deps)).toMatchObject({ issued: 0 });
    expect(
      (await table.deps.coupons.memberCoupons(silver!.memberId)).filter((coupon) => coupon.source === 'level-perk'),
    ).toEqual([expect.objectContaining({ couponId: 'perk-2026-06-tpl-silver-snack' })]);
  });
});
