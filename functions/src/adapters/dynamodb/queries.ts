import { addDaysToDate } from '@app/shared';
import { GSI1, GSI2, GSI3, keys, P } from './keys';

/**
 * The Queries of the access patterns (infra/README.md), next to the keys of the items they find: a partition and,
 * where the pattern narrows it, a sort-key prefix or bound. Repositories spread one into their QueryCommand
 * (`{ TableName, ...queries.memberTags(id) }`) and add only what is theirs (order, limit, filter).
 */
type On = 'table' | typeof GSI1 | typeof GSI2 | typeof GSI3;
type SortCondition =
  | { beginsWith: string }
  | { between: readonly [string, string] }
  | { below: string }
  | { atMost: string }
  | { above: string }
  | { equals: string };

const KEY_NAMES: Record<On, readonly [string, string]> = {
  table: ['pk', 'sk'],
  [GSI1]: ['gsi1pk', 'gsi1sk'],
  [GSI2]: ['gsi2pk', 'gsi2sk'],
  [GSI3]: ['gsi3pk', 'gsi3sk'],
};

export interface KeyQuery {
  IndexName?: string;
  KeyConditionExpression: string;
  ExpressionAttributeValues: Record<string, string>;
}

function query(on: On, partition: string, sort?: SortCondition): KeyQuery {
  const [pk, sk] = KEY_NAMES[on];
  const values: Record<string, string> = { ':pk': partition };
  let condition = `${pk} = :pk`;
  if (sort && 'beginsWith' in sort) {
    condition += ` AND begins_with(${sk}, :prefix)`;
    values[':prefix'] = sort.beginsWith;
  } else if (sort && 'between' in sort) {
    condition += ` AND ${sk} BETWEEN :from AND :to`;
    [values[':from'], values[':to']] = sort.between;
  } else if (sort) {
    const [operator, value] =
      'below' in sort
        ? ['<', sort.below]
        : 'atMost' in sort
          ? ['<=', sort.atMost]
          : 'above' in sort
            ? ['>', sort.above]
            : ['=', sort.equals];
    condition += ` AND ${sk} ${operator} :sk`;
    values[':sk'] = value;
  }
  return {
    ...(on === 'table' ? {} : { IndexName: on }),
    KeyConditionExpression: condition,
    ExpressionAttributeValues: values,
  };
}

/** Sorts after every sort key that starts with `prefix` (`~` is above the characters keys use). */
const after = (prefix: string) => `${prefix}~`;

export const queries = {
  walletLots: (memberId: string) => query('table', `${P.member}${memberId}`, { beginsWith: P.walletLot }),
  walletEntries: (memberId: string) => query('table', `${P.member}${memberId}`, { beginsWith: P.walletEntry }),
  walletPackages: () => query('table', P.walletPackages),
  products: () => query('table', P.products),
  paidTopups: (fromIso: string, toIso: string) => query(GSI1, P.topups, { between: [fromIso, after(toIso)] }),
  memberTopups: (memberId: string) => query(GSI2, `${P.topups}#${memberId}`),
  payOrdersCreatedBefore: (iso: string) => query(GSI1, P.payOrdersDue, { below: iso }),
  programVersions: () => query('table', P.program, { beginsWith: P.version }),
  /** Versions in force at an instant or before it: the last one is in force. */
  programVersionsUntil: (instant: string) =>
    query('table', P.program, { between: [P.version, after(`${P.version}${instant}#`)] }),
  programVersionsAfter: (instant: string) => query('table', P.program, { above: after(`${P.version}${instant}#`) }),
  stores: () => query(GSI1, P.stores),
  accounts: () => query(GSI1, P.accounts),
  memberByNo: (memberNo: string) => {
    const index = keys.memberByNoIndex(memberNo);
    return query(GSI1, index.gsi1pk, { equals: index.gsi1sk });
  },
  /** The member, its coupons and its punch cards (the partition holds nothing else). */
  atCounter: (memberNo: string) => query(GSI1, keys.memberByNoIndex(memberNo).gsi1pk),
  levelHistory: (memberId: string) => query('table', `${P.member}${memberId}`, { beginsWith: P.levelChange }),
  ledger: (memberId: string) => query('table', `${P.member}${memberId}`, { beginsWith: P.ledger }),
  memberLots: (memberId: string) => query('table', `${P.member}${memberId}`, { beginsWith: P.lot }),
  activeLots: (memberId: string) => query(GSI1, `${P.activeLots}${memberId}`),
  lotsExpiring: (utcDate: string, shard: number) => query(GSI2, `${P.lotExpiry}${utcDate}#${shard}`),
  levelReviewsDue: (month: string) => query(GSI2, `${P.levelReviews}${month}`),
  memberTags: (memberId: string) => query('table', `${P.member}${memberId}`, { beginsWith: P.tag }),
  memberCoupons: (memberId: string, idPrefix = '') =>
    query('table', `${P.member}${memberId}`, { beginsWith: `${P.coupon}${idPrefix}` }),
  itemCounts: (memberId: string) => query('table', `${P.member}${memberId}`, { beginsWith: P.itemCount }),
  pendingReferrals: () => query(GSI2, P.pendingReferrals),
  /** The rewards a purchase caused for a member (`PENDING#<purchaseId>#<kind>`). */
  purchasePendingRewards: (memberId: string, purchaseId: string) =>
    query('table', `${P.member}${memberId}`, { beginsWith: `${P.pendingReward}${purchaseId}#` }),
  /** A shard's pending rewards that arrive at or before an instant. */
  pendingRewardsDueBy: (shard: number, instant: string) =>
    query(GSI2, `${P.pendingDue}${shard}`, { atMost: after(`${instant}#`) }),
  reminderShard: (template: string, shard: number) => query('table', `${P.reminders}${template}#${shard}`),
  outbox: (date: string) => query('table', `${P.outbox}${date}`),
  /** A shard's messages still to be sent (or whose sending was interrupted), oldest first. */
  outboxDue: (shard: number) => query(GSI2, `${P.outboxDue}${shard}`),
  subscriptions: (memberId: string) => query('table', `${P.member}${memberId}`, { beginsWith: P.subscription }),
  memberPurchases: (memberId: string) => query(GSI1, `${P.memberPurchases}${memberId}`),
  storeDay: (storeId: string, date: string) => query(GSI2, `${P.storeDay}${storeId}#${date}`),
  promotions: () => query(GSI1, P.promotions),
  promotionsEndingAfter: (instant: string) => query(GSI1, P.promotions, { above: instant }),
  pendingEntitlements: () => query(GSI2, P.pendingEntitlements),
  memberEntitlements: (memberId: string) => query('table', `${P.member}${memberId}`, { beginsWith: P.entitlement }),
  mallItems: () => query(GSI1, P.mall),
  memberOrders: (memberId: string) => query(GSI1, `${P.memberOrders}${memberId}`),
  ordersDueBefore: (shard: number, instant: string) => query(GSI2, `${P.ordersDue}${shard}`, { below: instant }),
  templates: () => query(GSI1, P.templates),
  campaigns: () => query(GSI1, P.campaigns),
  openClaims: () => query(GSI2, P.openClaims),
  dispatchesDueBy: (instant: string) => query(GSI2, P.dueDispatches, { atMost: after(`${instant}#`) }),
  campaignStats: (campaignId: string) => query('table', `${P.campaign}${campaignId}`, { beginsWith: P.campaignStats }),
  directoryShard: (shard: number) => query(GSI3, `${P.directory}${shard}`),
  /** A directory shard's members born on a day (`MM-DD`). */
  directoryBirthdays: (shard: number, monthDay: string) =>
    query(GSI3, `${P.directory}${shard}`, { beginsWith: `${monthDay}#` }),
  tagHolders: (tag: string) => query(GSI1, keys.tagIndex(tag, '').gsi1pk),
  tagRegistry: () => query('table', P.tagRegistry),
  phoneHolders: (phone: string) => query('table', `${P.phone}${phone}`),
  nicknamesStartingWith: (shard: number, searchablePrefix: string) =>
    query('table', `${P.nickname}${shard}`, { beginsWith: searchablePrefix }),
  auditMonth: (month: string) => query('table', `${P.audit}${month}`),
  joinedMembers: () => query('table', P.joined),
  statDays: (month: string, from: string, to: string) =>
    query('table', `${P.stats}${month}`, { between: [`${P.statDay}${from}#`, after(`${P.statDay}${to}#`)] }),
  statTotals: () => query('table', P.statTotals),
  statExpiring: (from: string, to: string) => query('table', P.statExpiry, { between: [`${from}#`, after(`${to}#`)] }),
  statCheckpoints: () => query('table', P.statCheckpoints),
  /** SKU codes are free text (Chinese sorts after `~`): the range ends at the next day's prefix, which no item has. */
  statSkuDays: (month: string, from: string, to: string) =>
    query('table', `${P.stats}${month}`, { between: [`${P.statSku}${from}#`, `${P.statSku}${addDaysToDate(to, 1)}#`] }),
  statStaffDays: (month: string, from: string, to: string) =>
    query('table', `${P.stats}${month}`, {
      between: [`${P.statStaff}${from}#`, `${P.statStaff}${addDaysToDate(to, 1)}#`],
    }),
  statSpendDays: (memberId: string, from: string, to: string) =>
    query('table', `${P.statSpend}${memberId}`, { between: [`${from}#`, after(`${to}#`)] }),
  referralRanks: () => query(GSI1, P.referralRanks),
  // Issue 17: paid membership and punch cards.
  plans: () => query('table', P.plans),
  memberPlanTerms: (memberId: string) => query('table', `${P.member}${memberId}`, { beginsWith: P.planTerm }),
  planTermsEndingAfter: (iso: string) => query(GSI1, P.planTerms, { above: iso }),
  memberMoneyOrders: (memberId: string) => query(GSI2, `${P.memberMoneyOrders}${memberId}`),
  punchProducts: () => query('table', P.punchProducts),
  memberPunchCards: (memberId: string) => query('table', `${P.member}${memberId}`, { beginsWith: P.punchCard }),
  cardUses: (memberId: string, cardId: string) =>
    query('table', `${P.member}${memberId}`, { beginsWith: `${P.cardUse}${cardId}#` }),
} as const;

/** The tag of a member's tag item (`TAG#<tag>`). */
export const tagOfSortKey = (sk: string) => sk.slice(P.tag.length);

/** The memberNo of a memberNo marker (`MEMBERNO#<memberNo>`). */
export const memberNoOfMarkerKey = (pk: string) => pk.slice(keys.memberNoMarker('').pk.length);
