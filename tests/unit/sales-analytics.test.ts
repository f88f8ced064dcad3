import {
  compareSpend,
  effectOf,
  MAX_SKU_BUCKETS_PER_PURCHASE,
  mergeDeltas,
  OTHER_SKU,
  skuFiguresOf,
  spendDropped,
  spendDropShare,
  spendWindows,
  statImageOf,
} from '@app/shared';

const purchase = (extra: Record<string, unknown> = {}) =>
  statImageOf({
    entity: 'Purchase',
    businessDate: '2026-11-07',
    storeId: 'S001',
    payableFen: 3000,
    memberId: 'M1',
    by: 'staff-a',
    items: [
      { sku: 'LATTE', quantity: 2, unitPriceFen: 1500 },
      { sku: 'LATTE', quantity: 1, unitPriceFen: 1400 },
      { sku: '可颂', quantity: 1, unitPriceFen: 900 },
    ],
    ...extra,
  });

describe('sales figures of a change', () => {
  test('a purchase adds its SKU lines, the staff member who recorded it and the member’s spend of the day', () => {
    const { deltas } = effectOf({ old: null, new: purchase() }, 'Asia/Shanghai');
    expect(mergeDeltas(deltas)).toEqual(
      expect.arrayContaining([
        { bucket: { kind: 'sku', date: '2026-11-07', sku: 'LATTE' }, add: { quantity: 3, revenueFen: 4400 } },
        { bucket: { kind: 'sku', date: '2026-11-07', sku: '可颂' }, add: { quantity: 1, revenueFen: 900 } },
        {
          bucket: { kind: 'staff', date: '2026-11-07', storeId: 'S001', staffId: 'staff-a' },
          add: { purchases: 1, salesFen: 3000 },
        },
        { bucket: { kind: 'spend', memberId: 'M1', date: '2026-11-07' }, add: { fen: 3000 } },
      ]),
    );
    // A purchase modified later (its refunded total moves) counts nothing again.
    expect(effectOf({ old: purchase(), new: purchase({ refundedFen: 100 }) }, 'Asia/Shanghai').deltas).toEqual([]);
  });

  test('a refund counts for the staff member who made it and lowers the member’s spend of its day', () => {
    const refund = statImageOf({
      entity: 'Refund',
      businessDate: '2026-11-09',
      storeId: 'S002',
      refundedFen: 700,
      memberId: 'M1',
      by: 'staff-b',
    });
    expect(effectOf({ old: null, new: refund }, 'Asia/Shanghai').deltas).toEqual(
      expect.arrayContaining([
        {
          bucket: { kind: 'staff', date: '2026-11-09', storeId: 'S002', staffId: 'staff-b' },
          add: { refunds: 1, refundsFen: 700 },
        },
        { bucket: { kind: 'spend', memberId: 'M1', date: '2026-11-09' }, add: { fen: -700 } },
      ]),
    );
  });

  test('members move between home stores in the running totals', () => {
    const member = (homeStoreId: string | null) =>
      statImageOf({
        entity: 'Member',
        memberId: 'M1',
        memberNo: '1',
        nickname: 'x',
        joinedAt: '2026-11-01T00:00:00Z',
        levelCode: 'L1',
        homeStoreId,
      });
    const totals = (old: ReturnType<typeof member> | null, next: ReturnType<typeof member> | null) =>
      mergeDeltas(effectOf({ old, new: next }, 'Asia/Shanghai').deltas).find((delta) => delta.bucket.kind === 'total')
        ?.add;
    expect(totals(null, member(null))).toMatchObject({ 'home_-': 1, members: 1 });
    expect(totals(member(null), member('S002'))).toEqual({ 'home_-': -1, home_S002: 1 });
    expect(totals(member('S002'), member('S002'))).toBeUndefined();
  });

  test('a receipt with more SKUs than a transaction holds counts the tail under one line, nothing lost', () => {
    const lines = Array.from({ length: 100 }, (_, index) => ({ sku: `SKU${index}`, quantity: 1, unitPriceFen: 100 }));
    const figures = skuFiguresOf(lines);
    expect(figures.size).toBe(MAX_SKU_BUCKETS_PER_PURCHASE);
    expect(figures.get(OTHER_SKU)).toEqual({ quantity: 11, revenueFen: 1100 });
    expect([...figures.values()].reduce((sum, sku) => sum + sku.quantity, 0)).toBe(100);
    const { deltas } = effectOf({ old: null, new: purchase({ items: lines }) }, 'Asia/Shanghai');
    expect(mergeDeltas(deltas).length).toBeLessThan(99);
  });
});

describe('消费预警', () => {
  const today = '2026-11-30';
  const { previous, recent } = spendWindows(today);

  test('the windows are the last 90 business days and the 90 before them', () => {
    expect(recent).toEqual({ from: '2026-09-02', to: '2026-11-30' });
    expect(previous).toEqual({ from: '2026-06-04', to: '2026-09-01' });
  });

  test.each([
    [49, false],
    [50, false],
    [51, true],
    [100, true],
    [0, false],
  ])('a %i%% drop is a warning: %s', (drop, warned) => {
    const spend = compareSpend(
      [
        [previous.from, 6000],
        [previous.to, 4000],
        [recent.from, (100 - drop) * 50],
        [recent.to, (100 - drop) * 50],
        ['2026-06-03', 99_999],
      ],
      today,
    );
    expect(spend).toEqual({ previousFen: 10_000, recentFen: (100 - drop) * 100 });
    expect(spendDropped(spend)).toBe(warned);
    expect(spendDropShare(spend)).toBe(drop / 100);
  });

  test('nobody is warned who spent nothing before; refunds count against the window they happened in', () => {
    expect(spendDropped({ previousFen: 0, recentFen: 0 })).toBe(false);
    expect(
      spendDropped(
        compareSpend(
          [
            [previous.from, 1000],
            [previous.to, -600],
            [recent.to, 150],
          ],
          today,
        ),
      ),
    ).toBe(true);
  });
});
