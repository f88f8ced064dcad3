import { demoProgram } from '../../infra/seed/demo-program';
import { expirePoints } from '../../functions/src/jobs/expire-points';
import { reviewLevels } from '../../functions/src/jobs/review-levels';
import { counter } from '../support/counter';
import { createTestTable, type TestTable } from '../support/dynamo';

let table: TestTable;
let c: ReturnType<typeof counter>;
beforeAll(async () => {
  table = await createTestTable();
  c = counter(table);
});
afterAll(() => table.drop());

const at = (iso: string) => Date.parse(iso);

describe('lots and expiry in program time', () => {
  test('a purchase at 23:30 on 31 Dec (15:30 UTC) makes a lot expiring 1 Jan of year+2; ten minutes into 1 Jan, of year+3', async () => {
    const { memberId, memberNo } = await c.newMember(at('2025-12-01T10:00:00+08:00'));
    await c.purchase(memberNo, 10000, at('2025-12-31T23:30:00+08:00'));
    await c.purchase(memberNo, 20000, at('2026-01-01T00:10:00+08:00'));
    const lots = (await table.deps.pointsAccounts.activeLots(memberId)).map((lot) => [lot.remaining, lot.expiresAt]);
    // The first-purchase task's 50 points wait for the refund window (待到账): no lot of theirs yet.
    expect(lots).toEqual([
      [100, new Date(at('2027-01-01T00:00:00+08:00')).toISOString()],
      [200, new Date(at('2028-01-01T00:00:00+08:00')).toISOString()],
    ]);
  });

  test('2025 points are there at 23:59:59 on 31 Dec 2026, gone after the job at 00:00:05; each lot expires once, even across runs and a crash', async () => {
    const members = await Promise.all(Array.from({ length: 6 }, () => c.newMember(at('2025-03-01T10:00:00+08:00'))));
    for (const [i, member] of members.entries()) {
      await c.purchase(member.memberNo, 10000 + i * 100, at('2025-06-01T12:00:00+08:00'));
      await c.purchase(member.memberNo, 5000, at('2026-02-01T12:00:00+08:00'));
    }
    const before = at('2026-12-31T23:59:59+08:00');
    const after = at('2027-01-01T00:00:05+08:00');
    expect(await expirePoints(before, table.deps)).toMatchObject({ lotsExpired: 0 });
    // 2025: the purchase (its first-purchase task waits, never released here); 2026: a purchase of 50.
    for (const [i, member] of members.entries())
      expect((await c.checkInvariant(member.memberId)).balance).toBe(100 + i + 50);

    // A run killed after two members: its commits stop half-way.
    let commits = 0;
    const crashing = {
      ...table.deps,
      commit: async (writes: Parameters<typeof table.deps.commit>[0]) => {
        if (++commits > 2) throw new Error('killed');
        return table.deps.commit(writes);
      },
    };
    await expect(expirePoints(after, crashing)).rejects.toThrow('killed');
    const resumed = await expirePoints(after, table.deps);
    const again = await expirePoints(after, table.deps);
    expect(resumed.lotsExpired).toBeGreaterThanOrEqual(4); // the two committed before the crash are not expired again
    expect(again).toEqual({ members: 0, lotsExpired: 0, pointsExpired: 0 });
    for (const [i, member] of members.entries()) {
      const state = await c.state(member.memberId);
      const expiries = state.ledger.filter((entry) => entry.type === 'expire');
      expect(expiries).toHaveLength(1); // the 2025 purchase lot, once
      expect(expiries.reduce((sum, entry) => sum + entry.points, 0)).toBe(-(100 + i));
      expect((await c.checkInvariant(member.memberId)).balance).toBe(50);
    }
  });

  test('before the job runs, the card already leaves expired points out', async () => {
    const { memberId, memberNo } = await c.newMember(at('2025-05-01T10:00:00+08:00'));
    await c.purchase(memberNo, 30000, at('2025-05-02T10:00:00+08:00'));
    const { currentPoints } = await import('../../functions/src/core/member-access');
    const member = (await table.deps.members.getById(memberId))!;
    expect(currentPoints(member, at('2026-12-31T23:59:59+08:00')).balance).toBe(300);
    expect(currentPoints(member, at('2026-12-01T00:00:00+08:00')).expiring).toEqual({
      points: 300,
      at: new Date(at('2027-01-01T00:00:00+08:00')).toISOString(),
    });
    expect(currentPoints(member, at('2027-01-01T00:00:01+08:00')).balance).toBe(0);
  });
});

describe('spending order, clawback and debt', () => {
  test('a refund takes from the purchase lot, then the earliest-expiring lots; beyond the balance it is debt, paid first by the next earning', async () => {
    const { memberId, memberNo } = await c.newMember(at('2026-01-05T10:00:00+08:00'));
    await c.purchase(memberNo, 20000, at('2026-01-06T10:00:00+08:00')); // lot A 200 (the task's 50 wait), expires 2028
    const big = await c.purchase(memberNo, 30000, at('2026-02-06T10:00:00+08:00')); // lot B 300 → L2 (+100 gift lot)
    expect(big.levelChange).toEqual({ from: 'L1', to: 'L2', fromName: '普通会员', toName: '银卡会员' });
    await c.adjust(memberId, -500, at('2026-02-07T10:00:00+08:00')); // A, B and the gift expire together: one lot, 100 left
    let state = await c.state(memberId);
    expect(state.lots.map((lot) => [lot.expiresAt, lot.remaining])).toEqual([
      [new Date(at('2028-01-01T00:00:00+08:00')).toISOString(), 100],
    ]);
    // Refund of the 300 purchase after the 30-day window: 300 points back, only 100 left → debt 200.
    const refund = await c.refund(big.purchaseId, undefined, at('2026-03-20T10:00:00+08:00'));
    expect(refund).toMatchObject({ pointsReversed: 300, debtCreated: 200, levelChange: null });
    expect(await c.checkInvariant(memberId)).toEqual({ balance: -200, debt: 200 });
    // The next purchase pays the debt first.
    const next = await c.purchase(memberNo, 40000, at('2026-03-21T10:00:00+08:00')); // L2: 360 paid → 432 points
    expect(next.points).toBe(432);
    expect(await c.checkInvariant(memberId)).toEqual({ balance: 232, debt: 0 });
    state = await c.state(memberId);
    expect(state.lots.filter((lot) => lot.remaining > 0).map((lot) => lot.remaining)).toEqual([232]);
  });
});

describe('the level scenario of the demo program', () => {
  test('¥500 at L1 earns 500 and upgrades to L2 with the 100-point gift; the next ¥100 paid earns 120; refunding the ¥500 within 30 days reverts to L1 and the gift', async () => {
    const { memberId, memberNo } = await c.newMember(at('2026-04-01T10:00:00+08:00'));
    const first = await c.purchase(memberNo, 50000, at('2026-04-02T10:00:00+08:00'));
    expect(first).toMatchObject({ points: 500, growth: 500, levelChange: { from: 'L1', to: 'L2' }, giftPoints: 100 });
    expect(await c.checkInvariant(memberId)).toEqual({ balance: 600, debt: 0 }); // the first-purchase task waits
    const second = await c.purchase(memberNo, 11111, at('2026-04-03T10:00:00+08:00'));
    expect(second).toMatchObject({
      levelDiscountFen: 1111,
      payableFen: 10000,
      points: 120,
      growth: 100,
      levelChange: null,
    });
    const refund = await c.refund(first.purchaseId, undefined, at('2026-04-20T10:00:00+08:00'));
    expect(refund).toMatchObject({
      pointsReversed: 500,
      growthReversed: 500,
      levelChange: { from: 'L2', to: 'L1', fromName: '银卡会员', toName: '普通会员' },
    });
    const { member, ledger } = await c.state(memberId);
    expect(member.levelCode).toBe('L1');
    expect(member.giftsGiven).toEqual({});
    expect(ledger.filter((entry) => entry.reasonCode === 'upgrade-reverted').map((entry) => entry.points)).toEqual([
      -100,
    ]);
    expect(await c.checkInvariant(memberId)).toEqual({ balance: 120, debt: 0 });
    const entitlements = await table.deps.entitlements.ofMember(memberId);
    expect(entitlements.map((e) => [e.couponTitle, e.status])).toEqual([['满30减5', 'revoked']]);
    expect((await table.deps.members.levelHistory(memberId)).map((change) => change.reason)).toEqual([
      'upgrade-reverted',
      'upgrade',
      'registered',
    ]);
  });

  test('an upgrade reached on 2026-01-15 without growth since is kept at the review of 2027-01-01 and drops at 2027-02-01', async () => {
    const { memberId, memberNo } = await c.newMember(at('2026-01-10T10:00:00+08:00'));
    await c.purchase(memberNo, 50000, at('2026-01-15T12:00:00+08:00'));
    expect((await table.deps.members.getById(memberId))?.reviewDue).toBe('2027-02-01');
    await reviewLevels(at('2027-01-01T00:10:00+08:00'), table.deps);
    expect((await table.deps.members.getById(memberId))?.levelCode).toBe('L2');
    await reviewLevels(at('2027-02-01T00:10:00+08:00'), table.deps);
    const member = (await table.deps.members.getById(memberId))!;
    expect(member.levelCode).toBe('L1');
    expect(member.reviewDue).toBeNull();
    const again = await reviewLevels(at('2027-02-01T00:10:00+08:00'), table.deps);
    expect(again.reviewed).toBe(0);
    expect((await table.deps.members.levelHistory(memberId))[0]).toMatchObject({
      from: 'L2',
      to: 'L1',
      reason: 'review-drop',
    });
  });

  test('a level still earned at its review is renewed for another 12 months', async () => {
    const { memberId, memberNo } = await c.newMember(at('2026-01-10T10:00:00+08:00'));
    await c.purchase(memberNo, 50000, at('2026-01-15T12:00:00+08:00'));
    await c.purchase(memberNo, 60000, at('2026-12-20T12:00:00+08:00')); // 540 growth within the window at 2027-02
    await reviewLevels(at('2027-02-01T00:10:00+08:00'), table.deps);
    const member = (await table.deps.members.getById(memberId))!;
    expect([member.levelCode, member.reviewDue]).toEqual(['L2', '2028-02-01']);
  });

  test('growth can skip a level: 1500 growth at once goes L1 → L3 with the L3 gift', async () => {
    const { memberNo } = await c.newMember(at('2026-05-01T10:00:00+08:00'));
    const purchase = await c.purchase(memberNo, 150000, at('2026-05-02T10:00:00+08:00'));
    expect(purchase).toMatchObject({
      levelChange: { from: 'L1', to: 'L3' },
      giftPoints: demoProgram.levels[2]!.upgradeGift.points,
    });
  });
});
