import type { DomainError } from '@app/shared';
import { reconcilePayments } from '../../functions/src/jobs/reconcile-payments';
import { planExpiringNotices, planMonthlyCoupons } from '../../functions/src/jobs/plan-jobs';
import { createCodeBatch, redeemCode } from '../../functions/src/features/plans/activation-codes';
import { createPlanOrder } from '../../functions/src/features/plans/create-plan-order/use-case';
import { refundPlan } from '../../functions/src/features/plans/refund-plan/use-case';
import { savePlan } from '../../functions/src/features/plans/save-catalog';
import { storeTopup } from '../../functions/src/features/wallet/store-topup/use-case';
import { counter, marketer, nextReceipt, staffAt } from '../support/counter';
import { createTestTable, type TestTable } from '../support/dynamo';
import { startPayStack, until } from '../support/pay-stack';

/** Paid membership through the real use cases on DynamoDB Local and the WeChat Pay stand-in (product.md). */
let table: TestTable;
let stack: Awaited<ReturnType<typeof startPayStack>>;
let c: ReturnType<typeof counter>;
let monthPlan = '';
let lightPlan = '';
const DAY_MS = 86_400_000;
beforeAll(async () => {
  table = await createTestTable();
  stack = await startPayStack(table);
  c = counter(table);
  const benefits = { activationTemplateIds: ['tpl-mall-coffee'], monthlyTemplateIds: ['tpl-silver-snack'] };
  monthPlan = (
    await savePlan(
      {
        name: '啡常PLUS 月卡',
        periodDays: 30,
        priceFen: 1_900,
        active: true,
        benefits: { ...benefits, discountPercent: 90, pointsMultiplier: 1.5 },
      },
      null,
      marketer,
      Date.now(),
      stack.deps,
    )
  ).planId;
  lightPlan = (
    await savePlan(
      {
        name: '轻享卡',
        periodDays: 30,
        priceFen: 900,
        active: true,
        benefits: { activationTemplateIds: [], monthlyTemplateIds: [], discountPercent: 95, pointsMultiplier: 1.5 },
      },
      null,
      marketer,
      Date.now(),
      stack.deps,
    )
  ).planId;
});
afterAll(async () => {
  await stack.stop();
  await table.drop();
});
beforeEach(async () => {
  await stack.controls.reset();
  await stack.controls.configure({ retryScheduleMs: [100, 100, 100] });
});

const codeOf = async (run: () => Promise<unknown>) => {
  try {
    await run();
  } catch (error) {
    return (error as DomainError).code;
  }
  return null;
};
const topUp = (memberNo: string, amountFen: number, nowMs = Date.now()) =>
  storeTopup(
    { memberCode: c.code(memberNo, nowMs), receiptNo: nextReceipt(), amountFen },
    staffAt(),
    nowMs,
    stack.deps,
  );
const memberOf = async (memberId: string) => (await stack.deps.members.getById(memberId, true))!;
const items = async () => table.scanAll();

describe('plans bought with WeChat Pay or the wallet', () => {
  test('a plan paid once but notified twice (and reconciled) activates once: one term, one set of coupons', async () => {
    const { memberId } = await c.newMember(Date.now());
    const order = await createPlanOrder(monthPlan, 'wechat', memberId, Date.now(), stack.deps);
    expect(order.orderId).toMatch(/^PL/);
    await stack.controls.notifyBehaviour({ outTradeNo: order.orderId, copies: 2 });
    expect(await stack.controls.requestPayment(order.payment!)).toEqual({ errMsg: 'requestPayment:ok' });
    await until(async () => stack.answers.length >= 2);
    await stack.controls.notifyAgain(order.orderId);
    await until(async () => stack.answers.length >= 3);
    await reconcilePayments(Date.now() + 3 * 3600_000, stack.deps);
    const all = await items();
    expect(all.filter((item) => item.entity === 'PlanTerm' && item.memberId === memberId)).toHaveLength(1);
    const coupons = all.filter(
      (item) => item.entity === 'Coupon' && item.memberId === memberId && item.source === 'plan',
    );
    expect(coupons.map((coupon) => coupon.templateId).sort()).toEqual(['tpl-mall-coffee', 'tpl-silver-snack']);
    const member = await memberOf(memberId);
    expect(member.paidPlan).toMatchObject({ planId: monthPlan, discountPercent: 90, pointsMultiplier: 1.5 });
    expect((await stack.deps.plans.order(order.orderId))!.status).toBe('paid');
  });

  test('a renewal while active extends from the current end; the wallet pays in the same transaction', async () => {
    const { memberId, memberNo } = await c.newMember(Date.now());
    await topUp(memberNo, 5_000);
    const now = Date.now();
    await createPlanOrder(monthPlan, 'wallet', memberId, now, stack.deps);
    const firstEnd = (await memberOf(memberId)).paidPlan!.activeUntil;
    expect(Date.parse(firstEnd)).toBe(now + 30 * DAY_MS);
    await createPlanOrder(monthPlan, 'wallet', memberId, now + 10 * DAY_MS, stack.deps);
    const member = await memberOf(memberId);
    expect(member.paidPlan!.activeUntil).toBe(new Date(Date.parse(firstEnd) + 30 * DAY_MS).toISOString());
    expect(member.walletPrincipalFen + member.walletBonusFen).toBe(5_000 - 2 * 1_900);
    expect(await codeOf(() => createPlanOrder(monthPlan, 'wallet', memberId, now, stack.deps))).toBe(
      'WALLET_INSUFFICIENT',
    );
    // after the end a new purchase starts from now
    const later = Date.parse(member.paidPlan!.activeUntil) + DAY_MS;
    await topUp(memberNo, 1_900, later);
    await createPlanOrder(monthPlan, 'wallet', memberId, later, stack.deps);
    expect((await memberOf(memberId)).paidPlan!.activeUntil).toBe(new Date(later + 30 * DAY_MS).toISOString());
  });

  test('at the counter the better discount applies, never both; multipliers multiply', async () => {
    const { memberId, memberNo } = await c.newMember(Date.now());
    await topUp(memberNo, 1_900);
    await createPlanOrder(monthPlan, 'wallet', memberId, Date.now(), stack.deps);
    const plus = await c.purchase(memberNo, 10_000, Date.now());
    expect(plus).toMatchObject({ levelDiscountFen: 0, planDiscountFen: 1_000, payableFen: 9_000, points: 135 });
    // An L2 member (9折) holding a 9.5折 plan keeps the level's discount; points × 1.2 × 1.5.
    const other = await c.newMember(Date.now());
    await c.purchase(other.memberNo, 60_000, Date.now());
    expect((await memberOf(other.memberId)).levelCode).toBe('L2');
    await topUp(other.memberNo, 1_000);
    await createPlanOrder(lightPlan, 'wallet', other.memberId, Date.now(), stack.deps);
    const l2 = await c.purchase(other.memberNo, 10_000, Date.now());
    expect(l2).toMatchObject({ levelDiscountFen: 1_000, planDiscountFen: 0, payableFen: 9_000, points: 162 });
    // after the plan ends: the level alone
    const after = Date.parse((await memberOf(other.memberId)).paidPlan!.activeUntil) + 1;
    const ended = await c.purchase(other.memberNo, 10_000, after);
    expect(ended).toMatchObject({ levelDiscountFen: 1_000, planDiscountFen: 0, points: 108 });
  });

  test('monthly coupons once per member-month (a re-run adds nothing); 会员即将到期 3 days ahead, once', async () => {
    const { memberId, memberNo } = await c.newMember(Date.now());
    await topUp(memberNo, 1_900);
    const start = Date.now();
    await createPlanOrder(monthPlan, 'wallet', memberId, start, stack.deps);
    const monthly = async () =>
      (await items()).filter(
        (item) => item.entity === 'Coupon' && item.memberId === memberId && item.templateId === 'tpl-silver-snack',
      );
    await planMonthlyCoupons(start + DAY_MS, stack.deps);
    expect(await monthly()).toHaveLength(1);
    expect(await codeOf(() => planMonthlyCoupons(start + 2 * DAY_MS, stack.deps))).toBeNull();
    expect(await monthly()).toHaveLength(1);
    await planExpiringNotices(start + 20 * DAY_MS, stack.deps);
    await planExpiringNotices(start + 28 * DAY_MS, stack.deps);
    await planExpiringNotices(start + 28 * DAY_MS + 3600_000, stack.deps);
    const notices = (await items()).filter(
      (item) => item.entity === 'Outbox' && item.memberId === memberId && item.template === 'plan-expiring',
    );
    expect(notices).toHaveLength(1);
  });

  test('a refund within 7 days with nothing used is in full; later, pro rata by unused days with coupons revoked', async () => {
    const first = await c.newMember(Date.now());
    await topUp(first.memberNo, 1_900);
    const now = Date.now();
    await createPlanOrder(monthPlan, 'wallet', first.memberId, now, stack.deps);
    expect(await refundPlan(first.memberId, '误购', marketer, now + DAY_MS, stack.deps)).toMatchObject({
      refundedFen: 1_900,
    });
    const refunded = await memberOf(first.memberId);
    expect(refunded.paidPlan).toBeNull();
    expect(refunded.walletPrincipalFen).toBe(1_900);
    const second = await c.newMember(Date.now());
    await topUp(second.memberNo, 1_900);
    await createPlanOrder(monthPlan, 'wallet', second.memberId, now, stack.deps);
    const back = await refundPlan(second.memberId, '顾客要求', marketer, now + 10 * DAY_MS + 1, stack.deps);
    expect(back).toMatchObject({ refundedFen: Math.floor((1_900 * 19) / 30), unusedDays: 19, couponsRevoked: 2 });
    expect(await codeOf(() => refundPlan(second.memberId, '再退', marketer, now + 11 * DAY_MS, stack.deps))).toBe(
      'NOT_REFUNDABLE',
    );
  });
});

describe('activation codes', () => {
  const batchOf = async (count: number, expiresAt: string) => {
    const file = await createCodeBatch(monthPlan, { count, expiresAt }, marketer, Date.now(), stack.deps);
    const [header, ...rows] = file.content.replace('\uFEFF', '').trim().split('\r\n');
    expect(header).toBe('code,planId,batchId,expiresAt');
    return rows.map((row) => row.split(',')[0]!);
  };

  test('one code redeemed by 20 members at once → exactly one membership; stored hashed', async () => {
    const [code] = await batchOf(2, new Date(Date.now() + 30 * DAY_MS).toISOString());
    expect(code).toMatch(/^[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){3}$/);
    expect(JSON.stringify(await items())).not.toContain(code!.replace(/-/g, ''));
    const members = await Promise.all(Array.from({ length: 20 }, () => c.newMember(Date.now())));
    const outcomes = await Promise.all(
      members.map((member) => codeOf(() => redeemCode(code!.toLowerCase(), member.memberId, Date.now(), stack.deps))),
    );
    expect(outcomes.filter((outcome) => outcome === null)).toHaveLength(1);
    expect(outcomes.filter((outcome) => outcome === 'CODE_USED')).toHaveLength(19);
    const terms = (await items()).filter(
      (item) => item.entity === 'PlanTerm' && members.some((m) => m.memberId === item.memberId),
    );
    expect(terms).toHaveLength(1);
  });

  test('a used or expired code is refused; repeated failures → RATE_LIMITED, even with a good code', async () => {
    const [good, spare] = await batchOf(2, new Date(Date.now() + DAY_MS).toISOString());
    const { memberId } = await c.newMember(Date.now());
    const redeemed = await redeemCode(` ${good!.replace(/-/g, ' ')} `, memberId, Date.now(), stack.deps);
    expect(redeemed.plan.planId).toBe(monthPlan);
    const other = await c.newMember(Date.now());
    expect(await codeOf(() => redeemCode(good!, other.memberId, Date.now(), stack.deps))).toBe('CODE_USED');
    expect(await codeOf(() => redeemCode(spare!, other.memberId, Date.now() + 2 * DAY_MS, stack.deps))).toBe(
      'CODE_EXPIRED',
    );
    const guesser = await c.newMember(Date.now());
    const guesses = [];
    for (let i = 0; i < 6; i++)
      guesses.push(await codeOf(() => redeemCode('ABCD-EFGH-JKMN-PQRS', guesser.memberId, Date.now(), stack.deps)));
    expect(guesses).toEqual([
      'CODE_INVALID',
      'CODE_INVALID',
      'CODE_INVALID',
      'CODE_INVALID',
      'CODE_INVALID',
      'RATE_LIMITED',
    ]);
    expect(await codeOf(() => redeemCode(spare!, guesser.memberId, Date.now(), stack.deps))).toBe('RATE_LIMITED');
    expect(await codeOf(() => redeemCode(spare!, other.memberId, Date.now(), stack.deps))).toBeNull();
  });
});
