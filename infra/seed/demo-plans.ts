import { createHash } from 'node:crypto';
import { activationCodeFrom, groupedCode } from '@app/shared';
import type { PlanRecord, PunchProductRecord } from '../../functions/src/adapters/dynamodb';
import type { AppDeps } from '../../functions/src/composition';
import { hashOfCode } from '../../functions/src/features/plans/activation-codes';

/** The demo's paid membership and punch card (product.md): 啡常PLUS 月卡 ¥19 / 年卡 ¥168, 美式咖啡10次卡. */
const DRINK_80 = 'tpl-plus-drink-80';
const plusBenefits = {
  discountPercent: 90,
  pointsMultiplier: 1.5,
  activationTemplateIds: [],
  monthlyTemplateIds: [DRINK_80, DRINK_80],
};
export const demoPlans: readonly Omit<PlanRecord, 'updatedAt'>[] = [
  {
    planId: 'plan-plus-month',
    name: '啡常PLUS 月卡',
    periodDays: 30,
    priceFen: 1_900,
    benefits: plusBenefits,
    active: true,
  },
  {
    planId: 'plan-plus-year',
    name: '啡常PLUS 年卡',
    periodDays: 365,
    priceFen: 16_800,
    benefits: plusBenefits,
    active: true,
  },
];
export const demoPunchProducts: readonly Omit<PunchProductRecord, 'updatedAt'>[] = [
  {
    productId: 'card-americano-10',
    name: '美式咖啡10次卡',
    uses: 10,
    priceFen: 15_000,
    validDays: 180,
    covers: '中杯美式咖啡（热/冰）每次一杯',
    skus: [],
    active: true,
  },
];

/**
 * The demo's small code batch (local stage only: the seed never runs elsewhere). Its codes are derived from their
 * number so a demo can be tried with a code from this list; real batches are random (features/plans).
 */
export const demoActivationCodes = Array.from({ length: 5 }, (_, i) =>
  groupedCode(activationCodeFrom(createHash('sha256').update(`demo-activation-code-${i}`).digest().subarray(0, 10))),
);
const DEMO_BATCH = 'B-DEMO';

/** Puts the template, plans, card product and code batch where they are not yet (a marketer's changes stay). */
export async function seedDemoPlans(deps: Pick<AppDeps, 'coupons' | 'plans' | 'punchCards' | 'commit'>, at: string) {
  await deps.coupons.putTemplateIfAbsent({
    templateId: DRINK_80,
    title: 'PLUS饮品8折券',
    description: '啡常PLUS会员每月专享',
    usageNotes: '任意饮品一杯享8折，最多优惠¥10',
    type: 'percent_off',
    percent: 80,
    maxDiscountFen: 1_000,
    minSpendFen: 0,
    valueFen: null,
    giftName: null,
    storeIds: null,
    validity: { kind: 'relative', days: 30, startOffsetDays: 0 },
    createdAt: at,
    createdBy: 'system:seed',
  });
  for (const plan of demoPlans)
    if (!(await deps.plans.plan(plan.planId)))
      await deps.commit([deps.plans.planWrite({ ...plan, updatedAt: at }, false)]);
  for (const product of demoPunchProducts)
    if (!(await deps.punchCards.product(product.productId)))
      await deps.commit([deps.punchCards.productWrite({ ...product, updatedAt: at }, false)]);
  const expiresAt = new Date(Date.parse(at) + 365 * 86_400_000).toISOString();
  for (const code of demoActivationCodes) {
    const codeHash = hashOfCode(code.replace(/-/g, ''));
    if (await deps.plans.code(codeHash)) continue;
    await deps.commit([
      deps.plans.codeCreateWrite({
        codeHash,
        batchId: DEMO_BATCH,
        planId: 'plan-plus-month',
        expiresAt,
        usedBy: null,
        usedAt: null,
      }),
    ]);
  }
}
