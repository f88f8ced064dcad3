import type { DomainError } from '@app/shared';
import { isRefusedForLoad } from '../../functions/src/adapters/dynamodb';
import { recordPurchase } from '../../functions/src/features/counter/record-purchase/use-case';
import { settlePaid } from '../../functions/src/features/payments/settle';
import { createPackage } from '../../functions/src/features/wallet/create-package/use-case';
import { createTopup } from '../../functions/src/features/wallet/create-topup/use-case';
import { refundTopup } from '../../functions/src/features/wallet/refund-topup/use-case';
import { storeTopup } from '../../functions/src/features/wallet/store-topup/use-case';
import { type counter, marketer, nextReceipt, staffAt } from './counter';
import type { startPayStack } from './pay-stack';

type Member = { memberId: string; memberNo: string };
type Purchase = { purchaseId: string; memberId: string; payableFen: number; refundedFen: number };

/** Refusals a till or a marketer may meet when movements of one member race: nothing is written. */
const REFUSALS = ['WALLET_INSUFFICIENT', 'POINTS_AS_CASH_NOT_ALLOWED', 'POINTS_INSUFFICIENT', 'TOPUP_NOT_REFUNDABLE'];

/**
 * Wallet movements for the randomized run, through the real use cases: top-ups at the counter (package or amount) and
 * online (paid at the WeChat Pay stand-in, settled by its notification and our query racing), purchases paid from
 * the wallet and with points as cash (pushed on the run's purchase list, so its refunds take them back in part),
 * and top-up refunds (through WeChat Pay's refund API for online ones).
 */
export function walletOperations(
  stack: Awaited<ReturnType<typeof startPayStack>>,
  c: ReturnType<typeof counter>,
  next: () => number,
  purchases: Purchase[],
) {
  const deps = stack.deps;
  const tally = { counterTopup: 0, onlineTopup: 0, walletPay: 0, pointsAsCash: 0, topupRefund: 0, refused: 0 };
  const topups: string[] = [];
  let packageId: Promise<string> | undefined;
  const aPackage = () =>
    (packageId ??= createPackage(
      {
        title: '充¥100送¥10',
        payFen: 10_000,
        bonusFen: 1_000,
        giftPoints: 20,
        giftTemplateIds: [],
        active: true,
        sort: 1,
      },
      marketer,
      Date.now(),
      deps,
    ).then((pkg) => pkg.packageId));
  const amount = () => 1_000 + Math.floor(next() * 30_000);
  const storeId = () => (next() < 0.5 ? 'S001' : 'S002');

  const counterTopup = async (member: Member, nowMs: number) => {
    const terms = next() < 0.5 ? { packageId: await aPackage() } : { amountFen: amount() };
    const code = c.code(member.memberNo, nowMs);
    const credited = await storeTopup(
      { memberCode: code, receiptNo: nextReceipt(), ...terms },
      staffAt(storeId()),
      nowMs,
      deps,
    );
    topups.push(credited.topupId);
    tally.counterTopup++;
  };
  const onlineTopup = async (member: Member, nowMs: number) => {
    const topup = await createTopup({ amountFen: amount() }, member.memberId, nowMs, deps);
    await stack.controls.pay(topup.topupId);
    const queried = await deps.wechatPay.queryOrder(topup.topupId);
    if (!queried.ok) throw new Error(`query failed: ${JSON.stringify(queried.failure)}`);
    await settlePaid(queried.transaction, nowMs, deps); // racing the stand-in's notification: one of them credits
    topups.push(topup.topupId);
    tally.onlineTopup++;
  };
  const walletPay = async (member: Member, nowMs: number) => {
    const stored = (await deps.members.getById(member.memberId, true))!;
    const amountFen = 500 + Math.floor(next() * 40_000);
    const balance = stored.walletPrincipalFen + stored.walletBonusFen;
    // Within what is payable after the best level discount (80%), as the till's preview would bound it.
    const payable = Math.floor(amountFen * 0.79);
    const walletFen = Math.min(balance, Math.floor(payable * next()));
    const points = stored.lotPoints - stored.pointsDebt;
    const pointsToUse = next() < 0.4 ? Math.min(points, Math.floor((payable - walletFen) / 2)) : 0;
    const usePoints = pointsToUse >= 100;
    const purchase = await recordPurchase(
      {
        memberCode: c.code(member.memberNo, nowMs),
        receiptNo: nextReceipt(),
        amountFen,
        walletFen,
        ...(usePoints ? { pointsToUse } : {}),
      },
      staffAt('S001'),
      nowMs,
      deps,
    );
    purchases.push({
      purchaseId: purchase.purchaseId,
      memberId: member.memberId,
      payableFen: purchase.payableFen,
      refundedFen: 0,
    });
    tally.walletPay++;
    if (usePoints) tally.pointsAsCash++;
  };
  const topupRefund = async (nowMs: number) => {
    if (!topups.length) return;
    const topupId = topups[Math.floor(next() * topups.length)]!;
    const refunded = await refundTopup(topupId, '随机退款', marketer, nowMs, deps);
    if (refunded.status === 'refunded') tally.topupRefund++;
  };

  return {
    tally,
    async run(member: Member, nowMs: number) {
      const roll = next();
      try {
        if (roll < 0.3) await counterTopup(member, nowMs);
        else if (roll < 0.4) await onlineTopup(member, nowMs);
        else if (roll < 0.9) await walletPay(member, nowMs);
        else await topupRefund(nowMs);
      } catch (error) {
        const code = (error as DomainError).code ?? '';
        if (!REFUSALS.includes(code) && code !== 'BUSY' && !isRefusedForLoad(error)) throw error;
        tally.refused++;
      }
    },
  };
}
