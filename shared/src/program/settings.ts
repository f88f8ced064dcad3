import { lazySchema } from '../lazy-schema';
import * as z from 'zod';
import { isoTimestamp } from '../contracts/common';
import { freeText } from '../contracts/text';
import { NOTIFICATION_FIELDS, NOTIFICATION_KEYS } from '../domain/notifications/notifications.rules';
import { SETTINGS_BOUNDS as B, type BoundedField } from './settings-bounds';

/** A whole number within the field's bounds (settings-bounds.ts: the form shows the same numbers). */
const bounded = (field: BoundedField) => z.number().int().min(B[field].min).max(B[field].max);
/** A factor (points per yuan, multipliers): positive where the bound's min is 0, at most the bound's max. */
const factor = (field: BoundedField, positive: boolean) =>
  (positive ? z.number().positive() : z.number().min(B[field].min)).max(B[field].max);
const identifier = lazySchema(() =>
  z
    .string()
    .min(1)
    .max(40)
    .regex(/^[A-Za-z0-9_-]+$/, 'letters, digits, _ and - only'),
);
const templateId = lazySchema(() => z.string().min(1).max(64));
/** A WeChat subscribe-message template id as its console shows it (43 characters today). */
const wechatTemplateId = lazySchema(() =>
  z
    .string()
    .min(1)
    .max(64)
    .regex(/^[A-Za-z0-9_-]+$/, 'letters, digits, _ and - only'),
);
/** A page of the mini-program, with an optional query: `pages/coupons/index?tab=new`. */
const miniProgramPage = lazySchema(() =>
  z
    .string()
    .max(200)
    .regex(/^[a-z0-9_-]+(\/[a-z0-9_-]+)*(\?[A-Za-z0-9_=&%.-]*)?$/, 'a page path like pages/coupons/index'),
);
/** A template keyword as WeChat names it: its type and number, `thing1`, `time2`, `amount3`. */
const templateKeyword = lazySchema(() => z.string().regex(/^[a-z_]{1,20}\d{1,2}$/, 'a template keyword like thing1'));

type ObjectOf = typeof z.strictObject;

/**
 * The settings' parts, built with `object`: `z.strictObject` for what a marketer sends (an unknown key anywhere is a
 * 400 naming it) or `z.object` for versions read back from the table (a key written by a newer deployment during a
 * rollout is dropped rather than breaking every request). Every number has an upper bound chosen so that no use
 * case can overflow or fail on a version that passes (docs/decisions.md "Program settings bounds").
 */
function settingsShape(object: ObjectOf) {
  const perk = object({ code: identifier, title: freeText({ max: 40 }), description: freeText({ max: 200, min: 0 }) });
  const level = object({
    code: z.string().regex(/^L\d{1,2}$/, 'a level code like L1'),
    name: freeText({ max: 20 }),
    threshold: bounded('levels.threshold'),
    multiplier: factor('levels.multiplier', true),
    /** Percentage paid at the counter: 90 = 9折, 100 = no discount. */
    discountPercent: bounded('levels.discountPercent'),
    upgradeGift: object({
      points: bounded('levels.upgradeGift.points'),
      couponTitle: freeText({ max: 30 }).nullable(),
    }),
    perks: z.array(perk).max(10),
    /** 储值会员: rolling 12-month top-up principal (fen) that reaches this level too (null: growth only). */
    topupThresholdFen: bounded('levels.topupThresholdFen').nullable().optional(),
  });
  return {
    name: freeText({ max: 40 }),
    timezone: z
      .string()
      .max(64)
      .refine((zone) => {
        try {
          new Intl.DateTimeFormat('en-US', { timeZone: zone });
          return true;
        } catch {
          return false;
        }
      }, 'unknown time zone'),
    levels: z.array(level).min(1).max(10),
    earning: object({
      pointsPerYuan: factor('earning.pointsPerYuan', true),
      growthPerYuan: factor('earning.growthPerYuan', false),
      maxPointsPerPurchase: bounded('earning.maxPointsPerPurchase'),
      /** Days a purchase's own points wait before they can be spent (0 = at once). */
      pendingDays: bounded('earning.pendingDays').default(0),
    }),
    checkin: object({
      basePoints: bounded('checkin.basePoints'),
      baseGrowth: bounded('checkin.baseGrowth'),
      cycleDays: bounded('checkin.cycleDays'),
      bonuses: z
        .array(object({ day: bounded('checkin.cycleDays'), points: bounded('checkin.bonuses.points') }))
        .max(31),
      makeupCost: bounded('checkin.makeupCost'),
      makeupsPerMonth: bounded('checkin.makeupsPerMonth'),
    }),
    expiry: z.discriminatedUnion('policy', [
      object({ policy: z.literal('annual-rolling') }),
      object({ policy: z.literal('days-after-earn'), days: bounded('expiry.days') }),
      object({ policy: z.literal('never') }),
    ]),
    referral: object({
      referrerPoints: bounded('referral.referrerPoints'),
      secondLevelPoints: bounded('referral.secondLevelPoints'),
      maxRewardedPerYear: bounded('referral.maxRewardedPerYear'),
      /** The invitee's first purchase pays the referral rewards only when at least this much was paid. */
      minPaidFen: bounded('referral.minPaidFen').default(1000),
    }),
    /** Days a reward caused by a purchase (task, referral) waits for refunds before it can be spent (待到账). */
    refundWindowDays: bounded('refundWindowDays').default(7),
    tasks: z
      .array(
        object({
          code: identifier,
          title: freeText({ max: 40 }),
          points: bounded('tasks.points'),
          growth: bounded('tasks.growth'),
        }),
      )
      .max(20),
    levelPolicy: z.enum(['one-level', 'to-qualified', 'never']),
    stampCard: object({
      minSpendFen: bounded('stampCard.minSpendFen'),
      stampsPerCard: bounded('stampCard.stampsPerCard'),
    }),
    memberCode: object({ ttlSeconds: bounded('memberCode.ttlSeconds') }),
    /** Which coupon template each automatic occasion issues (product.md "Coupons"; template ids of the program). */
    automaticCoupons: object({
      newMember: templateId.nullable(),
      stampCard: templateId.nullable(),
      /** Level code → the upgrade gift's template. */
      upgrade: z.record(z.string().max(3), templateId),
      /** Issued on the birthday to members whose level has the `birthday-gift` perk. */
      birthday: z.array(templateId).max(10),
      /** Monthly perks: on `dayOfMonth`, members at `levelCode` get the template. */
      levelPerks: z
        .array(object({ levelCode: z.string().max(3), dayOfMonth: z.number().int().min(1).max(28), templateId }))
        .max(20),
      /** Task code → a coupon paid with the task's points. */
      tasks: z.record(identifier, templateId),
    }).default(NO_AUTOMATIC_COUPONS),
    /** Subscribe-message templates by notice (product.md "Notifications"); a notice without one is not sent. */
    notifications: object({
      templates: z.partialRecord(
        z.enum(NOTIFICATION_KEYS),
        object({
          templateId: wechatTemplateId,
          /** Keyword of the template → what fills it (notifications.rules.ts NOTIFICATION_VALUES). */
          fields: z
            .record(templateKeyword, z.enum(NOTIFICATION_FIELDS as [string, ...string[]]))
            .refine((fields) => Object.keys(fields).length >= 1 && Object.keys(fields).length <= 10, {
              message: 'from 1 to 10 keywords',
            }),
          /** The page the notice opens; each notice has a sensible default. */
          page: miniProgramPage.optional(),
        }),
      ),
    }).default({ templates: {} }),
    /** 积分抵现 (product.md "Points as cash"): off unless a marketer turns it on. */
    pointsAsCash: object({
      enabled: z.boolean(),
      pointsPerYuan: bounded('pointsAsCash.pointsPerYuan'),
      maxSharePercent: bounded('pointsAsCash.maxSharePercent'),
      minPoints: bounded('pointsAsCash.minPoints'),
    }).default(POINTS_AS_CASH_DEFAULTS),
    /** Stored value: the custom top-up amount's bounds (packages are items of their own). */
    wallet: object({
      customMinFen: bounded('wallet.customMinFen'),
      customMaxFen: bounded('wallet.customMaxFen'),
    }).default(WALLET_DEFAULTS),
  };
}

function checkLevels(settings: { levels: { code: string; threshold: number }[] }, ctx: z.RefinementCtx) {
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
}

export const POINTS_AS_CASH_DEFAULTS = { enabled: false, pointsPerYuan: 100, maxSharePercent: 50, minPoints: 100 };
export const WALLET_DEFAULTS = { customMinFen: 1_000, customMaxFen: 500_000 };

export interface AutomaticCoupons {
  newMember: string | null;
  stampCard: string | null;
  upgrade: Record<string, string>;
  birthday: string[];
  levelPerks: { levelCode: string; dayOfMonth: number; templateId: string }[];
  tasks: Record<string, string>;
}

export const NO_AUTOMATIC_COUPONS: AutomaticCoupons = {
  newMember: null,
  stampCard: null,
  upgrade: {},
  birthday: [],
  levelPerks: [],
  tasks: {},
};

/** A settings version as a marketer sends it: every part bounded, no unknown key anywhere. */
export const programSettings = lazySchema(() => z.strictObject(settingsShape(z.strictObject)).superRefine(checkLevels));
export type ProgramSettings = z.infer<typeof programSettings>;
export type LevelSettings = ProgramSettings['levels'][number];

/** A stored version, read back: the same rules, but a key this deployment does not know yet is dropped. */
export const storedProgramSettings = lazySchema(
  (): z.ZodType<ProgramSettings> => z.object(settingsShape(z.object as unknown as ObjectOf)).superRefine(checkLevels),
);

/**
 * `PUT /v1/admin/program`: the whole settings and, optionally, when they take effect (now when omitted) and the
 * newest version the marketer's draft was read with (`baseVersion`: a save on top of a version saved since is a
 * 409 PROGRAM_CHANGED, never a silent overwrite).
 */
export const programUpdateRequest = lazySchema(() =>
  z
    .strictObject({
      ...settingsShape(z.strictObject),
      effectiveAt: isoTimestamp.optional(),
      baseVersion: z.number().int().min(0).max(1_000_000_000).optional(),
    })
    .superRefine(checkLevels),
);
