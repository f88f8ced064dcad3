import type { Member360, StoredValueOverview } from '@app/shared';

const figures = (count: number, payFen: number, bonusFen: number, refunds = 0, refundFen = 0) => ({
  count,
  payFen,
  bonusFen,
  refunds,
  refundFen,
});

/** The dashboard's stored value: ¥1,234.50 principal and ¥86.00 bonus outstanding; four top-ups in the range. */
export const storedValue = (patch: Partial<StoredValueOverview> = {}): StoredValueOverview => ({
  principalFen: 123_450,
  bonusFen: 8_600,
  topups: figures(4, 90_000, 10_000, 1, 30_000),
  daily: [
    { date: '2026-11-22', ...figures(1, 30_000, 4_000) },
    { date: '2026-11-23', ...figures(3, 60_000, 6_000, 1, 30_000) },
  ],
  stores: [
    { storeId: '-', name: '线上（微信支付）', ...figures(3, 60_000, 8_000, 1, 30_000) },
    { storeId: 'S001', name: '静安寺店', ...figures(1, 30_000, 2_000) },
  ],
  channels: [
    { channel: 'wechat', ...figures(3, 60_000, 8_000, 1, 30_000) },
    { channel: 'counter', ...figures(1, 30_000, 2_000) },
  ],
  ...patch,
});

export const emptyStoredValue = (): StoredValueOverview =>
  storedValue({
    principalFen: 0,
    bonusFen: 0,
    topups: figures(0, 0, 0),
    daily: [],
    stores: [],
    channels: [
      { channel: 'wechat', ...figures(0, 0, 0) },
      { channel: 'counter', ...figures(0, 0, 0) },
    ],
  });

/** The member 360's wallet: ¥285.00 left of a ¥300 + ¥40 top-up after a ¥55 payment. */
export const member360Wallet = (patch: Partial<Member360['wallet']> = {}): Member360['wallet'] => ({
  balanceFen: 28_500,
  principalFen: 25_147,
  bonusFen: 3_353,
  lots: [{ lotId: 'L1', principalFen: 25_147, bonusFen: 3_353, at: '2026-11-20T02:00:00Z', source: 'topup:TU1' }],
  entries: [
    {
      id: 'E2',
      type: 'pay',
      principalFen: -4_853,
      bonusFen: -647,
      balanceAfterFen: 28_500,
      ref: { kind: 'purchase', id: 'P1' },
      at: '2026-11-21T03:00:00Z',
    },
    {
      id: 'E1',
      type: 'topup',
      principalFen: 30_000,
      bonusFen: 4_000,
      balanceAfterFen: 34_000,
      ref: { kind: 'topup', id: 'TU1' },
      at: '2026-11-20T02:00:00Z',
    },
  ],
  ...patch,
});
