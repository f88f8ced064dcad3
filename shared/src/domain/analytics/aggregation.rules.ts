import { lazySchema } from '../../lazy-schema';
import * as z from 'zod';
import { businessDateOf } from '../time/program-time';
import { PLAN_COUNTED, planDeltasOf } from './plan.rules';
import { salesBucketId, salesDeltasOf, type SalesBucket } from './sales.rules';
import { topupImage, walletDeltasOf } from './wallet-stats.rules';

/**
 * What one change of a stored record adds to the statistics. The aggregator sees every change of the table
 * (insert, modify, remove; before and after), and the statistics are sums of these deltas, so they can be
 * recomputed from the records and never need a read-modify-write on a hot item.
 */
const memberImage = lazySchema(() =>
  z.object({
    entity: z.literal('Member'),
    memberId: z.string(),
    memberNo: z.string(),
    nickname: z.string(),
    joinedAt: z.string(),
    levelCode: z.string(),
    lotPoints: z.number().default(0),
    pointsDebt: z.number().default(0),
    purchaseCount: z.number().default(0),
    referralsRewarded: z.number().default(0),
    referralsInvited: z.number().default(0),
    homeStoreId: z.string().nullish(),
    paidPlan: z.object({ activeUntil: z.string() }).nullish(),
    walletPrincipalFen: z.number().default(0),
    walletBonusFen: z.number().default(0),
  }),
);
const lotImage = lazySchema(() =>
  z.object({
    entity: z.literal('Lot'),
    expiresAt: z.string().nullable(),
    expired: z.boolean().optional(),
    remaining: z.number(),
  }),
);
const checkinImage = lazySchema(() => z.object({ entity: z.literal('Checkin'), date: z.string() }));
const purchaseImage = lazySchema(() =>
  z.object({
    entity: z.literal('Purchase'),
    businessDate: z.string(),
    storeId: z.string(),
    payableFen: z.number(),
    memberId: z.string().optional(),
    by: z.string().optional(),
    items: z.array(z.object({ sku: z.string(), quantity: z.number(), unitPriceFen: z.number() })).default([]),
  }),
);
const refundImage = lazySchema(() =>
  z.object({
    entity: z.literal('Refund'),
    businessDate: z.string(),
    storeId: z.string(),
    refundedFen: z.number(),
    memberId: z.string().optional(),
    by: z.string().optional(),
  }),
);
const ledgerEntryImage = lazySchema(() =>
  z.object({
    entity: z.literal('LedgerEntry'),
    type: z.string(),
    points: z.number(),
    at: z.string(),
    by: z.object({ storeId: z.string().nullish() }).nullish(),
  }),
);
const COUNTED = {
  Member: memberImage,
  Lot: lotImage,
  Checkin: checkinImage,
  Purchase: purchaseImage,
  Refund: refundImage,
  LedgerEntry: ledgerEntryImage,
  ...PLAN_COUNTED,
  Topup: topupImage,
} as const;

/** A stored record as the statistics read it: the entities that count, with the fields they count; any other is `other`. */
export type StatImage = z.infer<(typeof COUNTED)[keyof typeof COUNTED]> | { entity: 'other' };

/**
 * Types a record image (decoded from the stream) before the rules see it: an entity that counts must carry the fields
 * it is counted by (else this throws, and the batch is not counted wrongly); other entities are `other`.
 */
export function statImageOf(image: Record<string, unknown> | null): StatImage | null {
  if (!image) return null;
  const schema = COUNTED[image.entity as keyof typeof COUNTED] as z.ZodType<StatImage> | undefined;
  return schema ? schema.parse(image) : { entity: 'other' };
}

export interface RecordChange {
  old: StatImage | null;
  new: StatImage | null;
}

/** Day figures per store (`-` when the record has no store), running totals, points due per expiry date. */
export type StatBucket =
  | { kind: 'day'; date: string; storeId: string }
  | { kind: 'total' }
  | { kind: 'expiry'; date: string }
  | SalesBucket;

export const DAY_FIELDS = [
  'newMembers',
  'checkins',
  'purchases',
  'salesFen',
  'refundsFen',
  'pointsIssued',
  'pointsRedeemed',
  'pointsExpired',
] as const;
export type DayField = (typeof DAY_FIELDS)[number];

export interface StatDelta {
  bucket: StatBucket;
  add: Record<string, number>;
}

/** The latest referral figures of a member, for the ranking (a set, not a sum). */
export interface ReferralStanding {
  memberId: string;
  memberNo: string;
  nickname: string;
  rewarded: number;
  invited: number;
}

export interface ChangeEffect {
  deltas: StatDelta[];
  referral: ReferralStanding | null;
}

export const NO_STORE = '-';
export const levelField = (levelCode: string) => `level_${levelCode}`;

/** Ledger types by the figure they move: issuing counts net of reversals, redeeming net of order cancellations. */
const ISSUING = new Set(['earn', 'bonus', 'adjust', 'reverse']);
const REDEEMING = new Set(['spend', 'refund']);

const day = (date: string, storeId: string | null | undefined, add: Record<string, number>): StatDelta => ({
  bucket: { kind: 'day', date, storeId: storeId || NO_STORE },
  add,
});

type MemberImage = z.infer<typeof memberImage>;
type LotImage = z.infer<typeof lotImage>;

function memberEffect(before: MemberImage | null, after: MemberImage | null, timeZone: string): ChangeEffect {
  const deltas: StatDelta[] = [];
  if (!before && after) deltas.push(day(businessDateOf(Date.parse(after.joinedAt), timeZone), null, { newMembers: 1 }));
  if (before && !after)
    deltas.push(day(businessDateOf(Date.parse(before.joinedAt), timeZone), null, { newMembers: -1 }));
  const totals: Record<string, number> = {};
  const move = (field: string, amount: number) => {
    if (amount !== 0) totals[field] = (totals[field] ?? 0) + amount;
  };
  move('members', (after ? 1 : 0) - (before ? 1 : 0));
  move('buyers', (after && after.purchaseCount > 0 ? 1 : 0) - (before && before.purchaseCount > 0 ? 1 : 0));
  move('lotPoints', (after?.lotPoints ?? 0) - (before?.lotPoints ?? 0));
  move('pointsDebt', (after?.pointsDebt ?? 0) - (before?.pointsDebt ?? 0));
  if (before?.levelCode !== after?.levelCode) {
    if (before) move(levelField(before.levelCode), -1);
    if (after) move(levelField(after.levelCode), 1);
  }
  if (Object.keys(totals).length) deltas.push({ bucket: { kind: 'total' }, add: totals });
  const referralMoved =
    after && (after.referralsRewarded ?? 0) > 0 && (before?.referralsRewarded ?? 0) !== after.referralsRewarded;
  const referral = referralMoved
    ? {
        memberId: after.memberId,
        memberNo: after.memberNo,
        nickname: after.nickname,
        rewarded: after.referralsRewarded,
        invited: after.referralsInvited ?? 0,
      }
    : null;
  return { deltas, referral };
}

/** Points a lot still owes, by the date it expires (lots that never expire are not "due"). */
function lotDue(lot: LotImage | null, timeZone: string): { date: string; points: number } | null {
  if (!lot?.expiresAt || lot.expired) return null;
  return { date: businessDateOf(Date.parse(lot.expiresAt), timeZone), points: lot.remaining };
}

/** Immutable records count once when inserted (and back out if ever removed, which only tests do). */
function insertedOnce(change: RecordChange): { image: StatImage; sign: 1 | -1 } | null {
  if (change.new && !change.old) return { image: change.new, sign: 1 };
  if (change.old && !change.new) return { image: change.old, sign: -1 };
  return null;
}

const ofEntity = <E extends StatImage['entity']>(image: StatImage | null, entity: E) =>
  image?.entity === entity ? (image as Extract<StatImage, { entity: E }>) : null;

export function effectOf(change: RecordChange, timeZone: string): ChangeEffect {
  const effect = recordEffectOf(change, timeZone);
  const more = [...salesDeltasOf(change), ...planDeltasOf(change, timeZone), ...walletDeltasOf(change, timeZone)];
  return more.length ? { deltas: mergeDeltas([...effect.deltas, ...more]), referral: effect.referral } : effect;
}

function recordEffectOf(change: RecordChange, timeZone: string): ChangeEffect {
  const entity = (change.new ?? change.old)?.entity;
  if (entity === 'Member')
    return memberEffect(ofEntity(change.old, 'Member'), ofEntity(change.new, 'Member'), timeZone);
  const none: ChangeEffect = { deltas: [], referral: null };
  if (entity === 'Lot') {
    const before = lotDue(ofEntity(change.old, 'Lot'), timeZone);
    const after = lotDue(ofEntity(change.new, 'Lot'), timeZone);
    const deltas: StatDelta[] = [];
    if (before?.points) deltas.push({ bucket: { kind: 'expiry', date: before.date }, add: { points: -before.points } });
    if (after?.points) deltas.push({ bucket: { kind: 'expiry', date: after.date }, add: { points: after.points } });
    return { deltas, referral: null };
  }
  const once = insertedOnce(change);
  if (!once) return none;
  const { image, sign } = once;
  switch (image.entity) {
    case 'Checkin':
      return { deltas: [day(image.date, null, { checkins: sign })], referral: null };
    case 'Purchase':
      return {
        deltas: [day(image.businessDate, image.storeId, { purchases: sign, salesFen: sign * image.payableFen })],
        referral: null,
      };
    case 'Refund':
      return {
        deltas: [day(image.businessDate, image.storeId, { refundsFen: sign * image.refundedFen })],
        referral: null,
      };
    case 'LedgerEntry': {
      const date = businessDateOf(Date.parse(image.at), timeZone);
      const storeId = image.by?.storeId ?? null;
      if (ISSUING.has(image.type))
        return { deltas: [day(date, storeId, { pointsIssued: sign * image.points })], referral: null };
      if (REDEEMING.has(image.type))
        return { deltas: [day(date, storeId, { pointsRedeemed: -sign * image.points })], referral: null };
      if (image.type === 'expire')
        return { deltas: [day(date, storeId, { pointsExpired: -sign * image.points })], referral: null };
      return none;
    }
    default:
      return none;
  }
}

export const bucketId = (bucket: StatBucket): string =>
  bucket.kind === 'day'
    ? `day#${bucket.date}#${bucket.storeId}`
    : bucket.kind === 'expiry'
      ? `expiry#${bucket.date}`
      : bucket.kind === 'total'
        ? 'total'
        : salesBucketId(bucket);

/** Adds many effects into one delta per bucket (zero fields dropped), so a batch writes each bucket once. */
export function mergeDeltas(deltas: readonly StatDelta[]): StatDelta[] {
  const merged = new Map<string, StatDelta>();
  for (const delta of deltas) {
    const id = bucketId(delta.bucket);
    const into = merged.get(id) ?? { bucket: delta.bucket, add: {} };
    for (const [field, amount] of Object.entries(delta.add)) into.add[field] = (into.add[field] ?? 0) + amount;
    merged.set(id, into);
  }
  return [...merged.values()]
    .map((delta) => ({
      bucket: delta.bucket,
      add: Object.fromEntries(Object.entries(delta.add).filter(([, amount]) => amount !== 0)),
    }))
    .filter((delta) => Object.keys(delta.add).length > 0);
}
