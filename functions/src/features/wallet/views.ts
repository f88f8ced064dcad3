import type { TopupView, WalletPackageView } from '@app/shared';
import type { TopupRecord, WalletPackageRecord } from '../../adapters/dynamodb';

export const toTopupView = (topup: TopupRecord, balanceFen: number | null = null): TopupView => ({
  topupId: topup.topupId,
  status: topup.status,
  channel: topup.channel,
  title: topup.title,
  payFen: topup.payFen,
  bonusFen: topup.bonusFen,
  giftPoints: topup.giftPoints,
  createdAt: topup.createdAt,
  paidAt: topup.paidAt,
  balanceFen,
});

/** A top-up as the console lists it; `remaining` is what its lot still holds (null when it has none). */
export const toAdminTopupView = (
  topup: TopupRecord,
  remaining: { principalFen: number; bonusFen: number } | null = null,
) => ({
  ...toTopupView(topup),
  memberId: topup.memberId,
  memberNo: topup.memberNo,
  nickname: topup.nickname,
  storeId: topup.storeId,
  receiptNo: topup.receiptNo,
  refund: topup.refund,
  remaining,
});

export const toPackageView = (pkg: WalletPackageRecord): WalletPackageView => ({
  packageId: pkg.packageId,
  title: pkg.title,
  payFen: pkg.payFen,
  bonusFen: pkg.bonusFen,
  giftPoints: pkg.giftPoints,
  giftTemplateIds: pkg.giftTemplateIds,
});

/** What a top-up request buys: a package the marketer offers, or a custom amount within the program's bounds. */
export function customTitle(payFen: number): string {
  return `充值¥${(payFen / 100).toFixed(payFen % 100 === 0 ? 0 : 2)}`;
}
