import { heldWalletLots } from '@app/shared';
import type { AppDeps } from '../../functions/src/composition';

/** Σ lots = balance = Σ wallet entries, principal apart, nothing negative (product.md "Money on the card"). */
export async function walletInvariant(memberId: string, deps: Pick<AppDeps, 'members' | 'wallet'>) {
  const member = (await deps.members.getById(memberId, true))!;
  const lots = await deps.wallet.lots(memberId);
  const entries: { principalFen: number; bonusFen: number }[] = [];
  let cursor: string | undefined;
  do {
    const page = await deps.wallet.entries(memberId, { limit: 100, cursor });
    entries.push(...page.items);
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
  const balance = member.walletPrincipalFen + member.walletBonusFen;
  expect({ memberId, lots: lots.reduce((sum, lot) => sum + lot.principalFen + lot.bonusFen, 0) }).toEqual({
    memberId,
    lots: balance,
  });
  expect({ memberId, entries: entries.reduce((sum, entry) => sum + entry.principalFen + entry.bonusFen, 0) }).toEqual({
    memberId,
    entries: balance,
  });
  expect(lots.reduce((sum, lot) => sum + lot.principalFen, 0)).toBe(member.walletPrincipalFen);
  expect(Math.min(member.walletPrincipalFen, member.walletBonusFen)).toBeGreaterThanOrEqual(0);
  for (const lot of lots) expect(Math.min(lot.principalFen, lot.bonusFen)).toBeGreaterThanOrEqual(0);
  // The member item names exactly the lots with money left, so payments and top-ups read no lots.
  const withMoney = lots.filter((lot) => lot.principalFen + lot.bonusFen > 0);
  expect({ memberId, held: heldWalletLots(member) }).toEqual({ memberId, held: expect.arrayContaining(withMoney) });
  expect(Object.keys(member.walletLots)).toHaveLength(withMoney.length);
  return { balance, member, lots, entries: entries.length };
}
