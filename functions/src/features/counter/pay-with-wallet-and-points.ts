import {
  DomainError,
  quotePurchase,
  type PurchaseQuote,
  pointsAsCashFen,
  pointsAsCashOffer,
  type AccountBook,
  type Actor,
  type LedgerRef,
  type ProgramSettings,
  type WalletPosting,
} from '@app/shared';
import type { MemberRecord, PaidWith } from '../../adapters/dynamodb';
import type { AppDeps } from '../../composition';
import { openWallet } from '../wallet/open-wallet';

export interface CounterPayment {
  paidWith: PaidWith | null;
  /** The wallet's posting (null when the wallet was not used): its writes join the purchase's transaction. */
  walletPosting: WalletPosting | null;
  /** The part of the payable that is not money (wallet bonus + points as cash): it earns nothing. */
  unearnedFen: number;
}

/**
 * How the payable is paid at the counter (product.md "Money on the card"): points as cash (checked against the
 * program's rules, taken from the lots that expire first) and the wallet (lots oldest first, principal and bonus in
 * proportion); cash is what is left. Decided on the books the purchase writes, so it lands in the same transaction.
 */
export async function payWithWalletAndPoints(
  input: {
    member: MemberRecord;
    settings: ProgramSettings;
    payableFen: number;
    walletFen: number;
    pointsToUse: number;
    book: AccountBook;
    ref: LedgerRef;
    nowMs: number;
    by: Actor;
    newId: () => string;
  },
  deps: Pick<AppDeps, 'wallet'>,
): Promise<CounterPayment> {
  const { walletFen, pointsToUse, payableFen, book, ref } = input;
  if (walletFen === 0 && pointsToUse === 0) return { paidWith: null, walletPosting: null, unearnedFen: 0 };
  const pointsCash =
    pointsToUse > 0
      ? pointsAsCashFen(pointsToUse, { settings: input.settings.pointsAsCash, payableFen, debt: book.currentDebt })
      : 0;
  if (pointsCash + walletFen > payableFen)
    throw new DomainError('PAYMENT_EXCEEDS_PAYABLE', undefined, { payableFen, walletFen, pointsCashFen: pointsCash });
  const pointsTakes =
    pointsToUse > 0
      ? book.debit(
          pointsToUse,
          { type: 'spend', reasonCode: 'points-as-cash', reason: `积分抵现 ¥${(pointsCash / 100).toFixed(2)}`, ref },
          { allowDebt: false },
        ).takes
      : {};
  let walletPosting: WalletPosting | null = null;
  let walletTakes: PaidWith['walletTakes'] = {};
  let walletBonusFen = 0;
  if (walletFen > 0) {
    const wallet = await openWallet(input.member, input, deps);
    const paid = wallet.pay(walletFen, ref);
    walletTakes = paid.takes;
    walletBonusFen = paid.bonusFen;
    walletPosting = wallet.posting();
  }
  return {
    paidWith: {
      walletFen,
      walletBonusFen,
      walletTakes,
      walletRestored: {},
      pointsUsed: pointsToUse,
      pointsCashFen: pointsCash,
      pointsTakes,
      pointsRestored: {},
      cashFen: payableFen - walletFen - pointsCash,
    },
    walletPosting,
    unearnedFen: walletBonusFen + pointsCash,
  };
}

/** The preview's view of the wallet and of points as cash for a payable (nothing is written). */
export function counterOffer(member: MemberRecord, settings: ProgramSettings, payableFen: number, spendable: number) {
  return {
    walletBalanceFen: member.walletPrincipalFen + member.walletBonusFen,
    walletBonusFen: member.walletBonusFen,
    pointsAsCash: pointsAsCashOffer({
      settings: settings.pointsAsCash,
      payableFen,
      spendablePoints: spendable,
      debt: member.pointsDebt,
    }),
  };
}

/** The quote again with the part that is not money left out of earning (points and growth on money only). */
export function earningOnMoney(
  priced: PurchaseQuote,
  unearnedFen: number,
  input: Omit<Parameters<typeof quotePurchase>[0], 'unearnedFen'>,
): PurchaseQuote {
  return unearnedFen > 0 ? quotePurchase({ ...input, unearnedFen }) : priced;
}

/** The member's wallet totals after the purchase, for the account's write (nothing when the wallet was not used). */
export const walletTotals = (payment: CounterPayment) =>
  payment.walletPosting ? { wallet: payment.walletPosting } : {};
