import type { TopupView, WalletEntryView, WalletPackagesResponse, WalletResponse } from '@app/shared';

export const wallet: WalletResponse = {
  balanceFen: 34_000,
  principalFen: 30_000,
  bonusFen: 4_000,
  lots: [{ lotId: 'L1', principalFen: 30_000, bonusFen: 4_000, at: '2026-11-20T10:00:00+08:00', source: 'topup:TU1' }],
};

export const entry = (over: Partial<WalletEntryView> = {}): WalletEntryView => ({
  id: 'W1',
  type: 'topup',
  principalFen: 30_000,
  bonusFen: 4_000,
  balanceAfterFen: 34_000,
  ref: { kind: 'topup', id: 'TU1' },
  at: '2026-11-20T10:00:00+08:00',
  ...over,
});

export const offer: WalletPackagesResponse = {
  items: [
    {
      packageId: 'P300',
      title: '充¥300送¥40',
      payFen: 30_000,
      bonusFen: 4_000,
      giftPoints: 30,
      giftTemplateIds: ['T1'],
    },
    { packageId: 'P100', title: '充¥100送¥10', payFen: 10_000, bonusFen: 1_000, giftPoints: 0, giftTemplateIds: [] },
  ],
  customMinFen: 1_000,
  customMaxFen: 500_000,
};

export const topup = (over: Partial<TopupView> = {}): TopupView => ({
  topupId: 'TU1',
  status: 'awaiting_payment',
  channel: 'wechat',
  title: '充¥300送¥40',
  payFen: 30_000,
  bonusFen: 4_000,
  giftPoints: 30,
  createdAt: '2026-11-20T10:00:00+08:00',
  paidAt: null,
  balanceFen: null,
  ...over,
});

export const payment = {
  timeStamp: '1764900000',
  nonceStr: 'n0nce',
  package: 'prepay_id=wx123',
  signType: 'RSA' as const,
  paySign: 'c2lnbg==',
};
