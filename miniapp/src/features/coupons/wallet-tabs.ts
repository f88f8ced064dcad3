import { type CouponStatus, type CouponView, walletOrder } from '@app/shared';
import type { Page } from '../../lib/use-paged-list';
import { getMyCoupons } from './api/coupons';

export type WalletTab = 'available' | 'used' | 'expired';

/**
 * The wallet's tabs and the statuses each one shows. Revoked coupons (withdrawn by the brand, e.g. a cancelled
 * campaign) go with 已过期 and say 已作废 on their card, so a coupon never vanishes without a word.
 */
export const WALLET_TABS: ReadonlyArray<{
  key: WalletTab;
  label: string;
  statuses: readonly CouponStatus[];
  empty: string;
}> = [
  { key: 'available', label: '可使用', statuses: ['available'], empty: '还没有可以使用的优惠券' },
  { key: 'used', label: '已使用', statuses: ['used'], empty: '还没有用过优惠券' },
  { key: 'expired', label: '已过期', statuses: ['expired', 'revoked'], empty: '没有过期的优惠券' },
];

type Cursors = Partial<Record<CouponStatus, string | null>>;

const encode = (cursors: Cursors): string | null =>
  Object.values(cursors).some((cursor) => cursor) ? JSON.stringify(cursors) : null;

function decode(cursor: string): Cursors {
  try {
    const parsed = JSON.parse(cursor) as unknown;
    return parsed && typeof parsed === 'object' ? (parsed as Cursors) : {};
  } catch {
    return {};
  }
}

/**
 * One page of a tab. A tab of one status is the server's page as is (usable ones ending soonest first, the rest newest
 * first — `walletOrder` keeps that order should a page come unsorted). 已过期 reads expired and revoked coupons side by
 * side; its cursor carries the cursor of each, and a status whose list has ended is not asked again.
 */
export async function fetchWalletPage(tab: WalletTab, cursor: string | null): Promise<Page<CouponView>> {
  const statuses = WALLET_TABS.find((candidate) => candidate.key === tab)!.statuses;
  if (statuses.length === 1) {
    const page = await getMyCoupons({ status: statuses[0], cursor });
    return { items: walletOrder(page.items), nextCursor: page.nextCursor };
  }
  const previous = cursor ? decode(cursor) : null;
  const asked = statuses.filter((status) => !previous || previous[status]);
  const pages = await Promise.all(asked.map((status) => getMyCoupons({ status, cursor: previous?.[status] ?? null })));
  const next: Cursors = {};
  asked.forEach((status, index) => {
    next[status] = pages[index]!.nextCursor;
  });
  return { items: walletOrder(pages.flatMap((page) => page.items)), nextCursor: encode(next) };
}
