import * as z from 'zod';

export const perkSchema = z.object({
  code: z.string().min(1).max(40),
  title: z.string().min(1).max(40),
  description: z.string().max(200),
});

export const levelSettings = z.object({
  code: z.string().regex(/^L\d{1,2}$/, 'a level code like L1'),
  name: z.string().min(1).max(20),
  threshold: z.number().int().min(0),
  multiplier: z.number().positive().max(10),
  /** Percentage paid at the counter: 90 = 9折, 100 = no discount. */
  discountPercent: z.number().int().min(1).max(100),
  upgradeGift: z.object({ points: z.number().int().min(0), couponTitle: z.string().nullable() }),
  perks: z.array(perkSchema),
});
export type LevelSettings = z.infer<typeof levelSettings>;

export const expirySettings = z.discriminatedUnion('policy', [
  z.object({ policy: z.literal('annual-rolling') }),
  z.object({ policy: z.literal('days-after-earn'), days: z.number().int().min(1).max(3650) }),
  z.object({ policy: z.literal('never') }),
]);

/** Which coupon template each automatic occasion issues (product.md "Coupons"; template ids of the program). */
export const automaticCoupons = z.object({
  newMember: z.string().nullable(),
  stampCard: z.string().nullable(),
  /** Level code → the upgrade gift's template. */
  upgrade: z.record(z.string(), z.string()),
  /** Issued on the birthday to members whose level has the `birthday-gift` perk. */
  birthday: z.array(z.string()),
  /** Monthly perks: on `dayOfMonth`, members at `levelCode` get the template. */
  levelPerks: z.array(
    z.object({ levelCode: z.string(), dayOfMonth: z.number().int().min(1).max(28), templateId: z.string() }),
  ),
  /** Task code → a coupon paid with the task's points. */
  tasks: z.record(z.string(), z.string()),
});
export type AutomaticCoupons = z.infer<typeof automaticCoupons>;

export const NO_AUTOMATIC_COUPONS: AutomaticCoupons = {
  newMember: null,
  stampCard: null,
  upgrade: {},
  birthday: [],
  levelPerks: [],
  tasks: {},
};

export const programSettings = z
  .object({
    name: z.string().min(1).max(40),
    timezone: z.string().refine((zone) => {
      try {
        new Intl.DateTimeFormat('en-US', { timeZone: zone });
        return true;
      } catch {
        return false;
      }
    }, 'unknown time zone'),
    levels: z.array(levelSettings).min(1),
    earning: z.object({
      pointsPerYuan: z.number().positive(),
      growthPerYuan: z.number().min(0),
      maxPointsPerPurchase: z.number().int().positive(),
    }),
    checkin: z.object({
      basePoints: z.number().int().min(0),
      baseGrowth: z.number().int().min(0),
      cycleDays: z.number().int().min(1).max(31),
      bonuses: z.array(z.object({ day: z.number().int().min(1), points: z.number().int().min(1) })),
      makeupCost: z.number().int().min(0),
      makeupsPerMonth: z.number().int().min(0),
    }),
    expiry: expirySettings,
    referral: z.object({
      referrerPoints: z.number().int().min(0),
      secondLevelPoints: z.number().int().min(0),
      maxRewardedPerYear: z.number().int().min(0),
    }),
    tasks: z.array(
      z.object({
        code: z.string(),
        title: z.string(),
        points: z.number().int().min(0),
        growth: z.number().int().min(0),
      }),
    ),
    levelPolicy: z.enum(['one-level', 'to-qualified', 'never']),
    stampCard: z.object({ minSpendFen: z.number().int().min(0), stampsPerCard: z.number().int().min(1) }),
    memberCode: z.object({ ttlSeconds: z.number().int().min(15).max(600) }),
    automaticCoupons: automaticCoupons.default(NO_AUTOMATIC_COUPONS),
  })
  .superRefine((settings, ctx) => {
    settings.levels.forEach((level, index) => {
      if (index === 0 && level.threshold !== 0) {
        ctx.addIssue({ code: 'custom', path: ['levels', 0, 'threshold'], message: 'the first level starts at 0' });
      }
      const previous = settings.levels[index - 1];
      if (previous && level.threshold <= previous.threshold) {
        ctx.addIssue({ code: 'custom', path: ['levels', index, 'threshold'], message: 'thresholds must ascend' });
      }
    });
    const codes = settings.levels.map((level) => level.code);
    if (new Set(codes).size !== codes.length) {
      ctx.addIssue({ code: 'custom', path: ['levels'], message: 'level codes must be unique' });
    }
  });
export type ProgramSettings = z.infer<typeof programSettings>;
