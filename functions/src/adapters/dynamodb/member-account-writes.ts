import {
  addToPurchaseMonths,
  type BookLot,
  type LastUpgrade,
  type LedgerDraft,
  type LotUpdate,
  type Posting,
  pointsByExpiryAfter,
  type PurchaseMonth,
  type WalletPosting,
} from '@app/shared';
import type { LevelChangeRecord, MemberRecord } from './items';
import { keys } from './keys';
import type { TxWrite } from './transactions';
import { searchIndexWrites } from './member-search.repository';

/** Profile fields a change may set, beside the points totals of its posting. */
export interface MemberUpdate {
  levelCode?: string;
  levelHeldSince?: string;
  giftsGiven?: Record<string, number>;
  lastUpgrade?: LastUpgrade | null;
  growthLifetimeDelta?: number;
  purchaseCountDelta?: number;
  lastPurchaseAt?: string;
  /** A purchase (n +1, fen +paid) or refund (fen −refunded, n −1 when complete) in its program-time month. */
  purchaseMonth?: { month: string; currentMonth: string } & PurchaseMonth;
  reviewDue?: string | null;
  stampsDelta?: number;
  /** Rewards announced (+) or released and cancelled (−) (待到账). */
  pendingPointsDelta?: number;
  /** The wallet after the change (a wallet posting's totals and lots), set absolutely under the version condition. */
  wallet?: Pick<WalletPosting, 'principalFen' | 'bonusFen' | 'held'>;
  /** Top-up principal (+) or its refund (−) in its program-time month: the 储值会员 levels' facts. */
  topupMonth?: { month: string; principalFen: number };
  /** Absolute values of other profile fields (safe: the write is conditional on the version read). */
  fields?: Partial<
    Pick<
      MemberRecord,
      | 'checkinMonths'
      | 'makeupsByMonth'
      | 'checkinCount'
      | 'bestStreak'
      | 'lastCheckin'
      | 'tasksDone'
      | 'badges'
      | 'nicknameSet'
      | 'nickname'
      | 'birthday'
      | 'avatarUrl'
      | 'phone'
      | 'referralsRewarded'
      | 'referralPoints'
      | 'redemptions'
      | 'checkinReminder'
      | 'homeStoreId'
      | 'paidPlan'
    >
  >;
}

export interface AccountChange {
  member: MemberRecord;
  posting?: Posting;
  update?: MemberUpdate;
  levelChange?: LevelChangeRecord;
}

export const MEMBER_CHANGED = 'member-changed';
export const LOTS_CHANGED = 'lots-changed';

/**
 * The writes of one account change, to be committed in one transaction with the use case's own writes. Every one
 * is conditional: the profile on the version it was read at, each lot on the points it was read with, each ledger
 * entry on being new.
 */
export function accountChangeWrites(tableName: string, change: AccountChange): TxWrite[] {
  const { member, posting, update = {}, levelChange } = change;
  const writes: TxWrite[] = [];
  const memberId = member.memberId;
  for (const entry of posting?.entries ?? []) writes.push(ledgerPut(tableName, memberId, member.version, entry));
  for (const lot of posting?.newLots ?? []) {
    writes.push({
      item: {
        Put: {
          TableName: tableName,
          Item: {
            ...keys.lot(memberId, lot.lotId),
            ...activeIndexes(memberId, lot),
            entity: 'Lot',
            memberId,
            ...lot,
            expired: false,
          },
          // A lot is named by its expiry instant: one emptied earlier is started afresh.
          ConditionExpression: 'attribute_not_exists(pk) OR remaining = :empty',
          ExpressionAttributeValues: { ':empty': 0 },
        },
      },
      onConditionFailed: LOTS_CHANGED,
    });
  }
  for (const lot of posting?.lotUpdates ?? []) writes.push(lotUpdate(tableName, memberId, lot));
  if (levelChange) {
    writes.push({
      item: {
        Put: {
          TableName: tableName,
          Item: {
            ...keys.levelChange(memberId, levelChange.at, String(member.version)),
            entity: 'LevelChange',
            ...levelChange,
          },
          ConditionExpression: 'attribute_not_exists(pk)',
        },
      },
      onConditionFailed: MEMBER_CHANGED,
    });
  }
  writes.push(profileUpdate(tableName, member, posting, update));
  // A new nickname or phone moves the member's search items in the same transaction.
  writes.push(...searchIndexWrites(tableName, member, update.fields ?? {}));
  return writes;
}

function ledgerPut(tableName: string, memberId: string, version: number, entry: LedgerDraft): TxWrite {
  return {
    item: {
      Put: {
        TableName: tableName,
        Item: {
          ...keys.ledgerEntry(memberId, entry.at, version, entry.entryId),
          entity: 'LedgerEntry',
          memberId,
          ...entry,
        },
        ConditionExpression: 'attribute_not_exists(pk)',
      },
    },
    onConditionFailed: MEMBER_CHANGED,
  };
}

function lotUpdate(tableName: string, memberId: string, lot: LotUpdate): TxWrite {
  const values: Record<string, unknown> = { ':remaining': lot.remaining, ':expected': lot.expected };
  const sets = ['remaining = :remaining'];
  let removes = '';
  if (lot.expired) {
    sets.push('expired = :true');
    values[':true'] = true;
  }
  if (lot.remaining === 0) {
    removes = ' REMOVE gsi1pk, gsi1sk, gsi2pk, gsi2sk';
  } else if (lot.expected === 0) {
    // An emptied lot that holds points again (a cancelled redemption) rejoins the indexes.
    for (const [name, value] of Object.entries(activeIndexes(memberId, lot))) {
      values[`:${name}`] = value;
      sets.push(`${name} = :${name}`);
    }
  }
  return {
    item: {
      Update: {
        TableName: tableName,
        Key: keys.lot(memberId, lot.lotId),
        UpdateExpression: `SET ${sets.join(', ')}${removes}`,
        ConditionExpression: 'remaining = :expected',
        ExpressionAttributeValues: values,
      },
    },
    onConditionFailed: LOTS_CHANGED,
  };
}

function profileUpdate(
  tableName: string,
  member: MemberRecord,
  posting: Posting | undefined,
  update: MemberUpdate,
): TxWrite {
  const values: Record<string, unknown> = { ':expectedVersion': member.version, ':nextVersion': member.version + 1 };
  const sets = ['version = :nextVersion'];
  const set = (field: string, value: unknown) => {
    values[`:${field}`] = value;
    sets.push(`${field} = :${field}`);
  };
  if (posting) {
    set('lotPoints', posting.lotPoints);
    set('pointsByExpiry', pointsByExpiryAfter(member.pointsByExpiry, posting));
    set('pointsDebt', posting.debt);
    const buckets = { ...member.growthByMonth };
    for (const [month, delta] of Object.entries(posting.growthByMonth)) buckets[month] = (buckets[month] ?? 0) + delta;
    set('growthByMonth', buckets);
  }
  if (update.growthLifetimeDelta) set('growthLifetime', member.growthLifetime + update.growthLifetimeDelta);
  if (update.purchaseCountDelta) set('purchaseCount', member.purchaseCount + update.purchaseCountDelta);
  if (update.stampsDelta) set('stamps', member.stamps + update.stampsDelta);
  if (update.pendingPointsDelta) set('pendingPoints', member.pendingPoints + update.pendingPointsDelta);
  if (update.lastPurchaseAt !== undefined) set('lastPurchaseAt', update.lastPurchaseAt);
  if (update.wallet) {
    set('walletPrincipalFen', update.wallet.principalFen);
    set('walletBonusFen', update.wallet.bonusFen);
    set('walletLots', update.wallet.held);
  }
  if (update.topupMonth) {
    const { month, principalFen } = update.topupMonth;
    set('topupsByMonth', { ...member.topupsByMonth, [month]: (member.topupsByMonth[month] ?? 0) + principalFen });
  }
  if (update.purchaseMonth) {
    const { month, currentMonth, n, fen } = update.purchaseMonth;
    set('purchasesByMonth', addToPurchaseMonths(member.purchasesByMonth, month, { n, fen }, currentMonth));
  }
  if (update.levelCode !== undefined) set('levelCode', update.levelCode);
  if (update.levelHeldSince !== undefined) set('levelHeldSince', update.levelHeldSince);
  if (update.giftsGiven !== undefined) set('giftsGiven', update.giftsGiven);
  if (update.lastUpgrade !== undefined) set('lastUpgrade', update.lastUpgrade);
  for (const [field, value] of Object.entries(update.fields ?? {})) if (value !== undefined) set(field, value);
  const removes: string[] = [];
  if (update.reviewDue !== undefined) {
    set('reviewDue', update.reviewDue);
    if (update.reviewDue) {
      const index = keys.levelReviewIndex(update.reviewDue, member.memberId);
      set('gsi2pk', index.gsi2pk);
      set('gsi2sk', index.gsi2sk);
    } else {
      removes.push('gsi2pk', 'gsi2sk');
    }
  }
  // The directory entry follows the profile (and fills in for members registered before it existed).
  const directory = keys.memberDirectoryIndex(
    member.memberId,
    update.fields?.birthday !== undefined ? update.fields.birthday : member.birthday,
  );
  set('gsi3pk', directory.gsi3pk);
  set('gsi3sk', directory.gsi3sk);
  set('updatedAt', new Date().toISOString());
  return {
    item: {
      Update: {
        TableName: tableName,
        Key: keys.member(member.memberId),
        UpdateExpression: `SET ${sets.join(', ')}${removes.length ? ` REMOVE ${removes.join(', ')}` : ''}`,
        ConditionExpression: 'version = :expectedVersion',
        ExpressionAttributeValues: values,
      },
    },
    onConditionFailed: MEMBER_CHANGED,
  };
}

function activeIndexes(memberId: string, lot: BookLot) {
  if (lot.remaining <= 0) return {};
  return {
    ...keys.activeLotIndex(memberId, lot.expiresAt, lot.lotId),
    ...(lot.expiresAt ? keys.lotExpiryIndex(lot.expiresAt.slice(0, 10), memberId, lot.lotId) : {}),
  };
}
