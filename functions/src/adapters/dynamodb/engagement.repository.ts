import { lazySchema } from '@app/shared';
import { DeleteCommand, GetCommand, PutCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import * as z from 'zod';
import type { DocumentClient } from './client';
import { queryAll } from './query-all';
import { isConditionFailed } from './errors';
import { keys, REMINDER_SHARDS } from './keys';
import { decodeCursor, encodeCursor } from './pagination';
import type { TxWrite } from './transactions';
import { queries } from './queries';

export const REFERRAL_CAP_REACHED = 'referral-cap-reached';
export const REFERRAL_NOT_PENDING = 'referral-not-pending';
export const OUTBOX_EXISTS = 'outbox-exists';

export const referralItem = lazySchema(() =>
  z.object({
    referrerId: z.string(),
    inviteeId: z.string(),
    inviteeNo: z.string(),
    purchaseId: z.string(),
    /** rewarded: its rewards were announced (they wait for the refund window); cancelled: a refund inside it undid them. */
    status: z.enum(['pending', 'rewarded', 'capped', 'cancelled']),
    at: z.string(),
    /** When the rewards arrive (the purchase's time + the refund window); absent on records made before it existed. */
    releasesAt: z.string().optional(),
  }),
);
export type ReferralRecord = z.infer<typeof referralItem>;

export const outboxItem = lazySchema(() =>
  z.object({
    messageId: z.string(),
    memberId: z.string(),
    /** The business date whose partition holds the message. */
    date: z.string(),
    /** The notice's template key (notifications.rules.ts NOTIFICATION_KEYS). */
    template: z.string(),
    title: z.string(),
    body: z.string(),
    page: z.string(),
    /** What fills the template's keywords, besides title, body and time. */
    values: z.record(z.string(), z.string()).optional(),
    createdAt: z.string(),
    /** sending: claimed by the sender, WeChat's answer not yet written down. */
    status: z.enum(['pending', 'sending', 'sent', 'skipped', 'failed']),
    /** Why a message was skipped or failed (a code the console words), and WeChat's own words when there are some. */
    reason: z.string().optional(),
    detail: z.string().optional(),
    sentAt: z.string().optional(),
    msgid: z.string().optional(),
    attempts: z.number().int().optional(),
    claimedAt: z.string().optional(),
  }),
);
export type OutboxRecord = z.infer<typeof outboxItem>;
/** A message as its writer hands it over (notifications.rules.ts `notice` builds it). */
export type NewOutboxMessage = Omit<
  OutboxRecord,
  'date' | 'status' | 'reason' | 'detail' | 'sentAt' | 'msgid' | 'attempts' | 'claimedAt'
> & {
  status: 'pending';
};

export interface OutboxFilter {
  status?: OutboxRecord['status'];
  template?: string;
  memberId?: string;
}

/** Referral rewards, reminder subscriptions and the notification outbox. */
/** The one put of an outbox message, only where none is; it enters the sender's due index at once. */
const outboxPut = (tableName: string, date: string, message: NewOutboxMessage) => ({
  TableName: tableName,
  Item: {
    ...keys.outbox(date, message.messageId),
    ...keys.outboxDueIndex(message.createdAt, date, message.messageId, message.memberId),
    entity: 'Outbox',
    ...message,
    date,
  },
  ConditionExpression: 'attribute_not_exists(pk)',
});

function outboxFilter(filter: OutboxFilter) {
  const parts: string[] = [];
  const names: Record<string, string> = {};
  const values: Record<string, string> = {};
  for (const [field, value] of Object.entries(filter)) {
    if (value === undefined) continue;
    parts.push(`#${field} = :${field}`);
    names[`#${field}`] = field;
    values[`:${field}`] = value;
  }
  return parts.length === 0
    ? {}
    : { FilterExpression: parts.join(' AND '), ExpressionAttributeNames: names, filterValues: values };
}

export function engagementRepository(db: DocumentClient, tableName: string) {
  return {
    /** Written with the invitee's first purchase: a reward owed to the referrer, settled right after. */
    pendingReferralWrite(referral: ReferralRecord): TxWrite {
      return {
        item: {
          Put: {
            TableName: tableName,
            Item: {
              ...keys.referral(referral.referrerId, referral.inviteeId),
              ...keys.pendingReferralIndex(referral.at, referral.inviteeId),
              entity: 'Referral',
              ...referral,
            },
            ConditionExpression: 'attribute_not_exists(pk)',
          },
        },
        onConditionFailed: 'referral-exists',
      };
    },

    async referral(referrerId: string, inviteeId: string): Promise<ReferralRecord | undefined> {
      const { Item } = await db.send(
        new GetCommand({ TableName: tableName, Key: keys.referral(referrerId, inviteeId), ConsistentRead: true }),
      );
      return Item ? referralItem.parse(Item) : undefined;
    },

    async pendingReferrals(limit: number): Promise<ReferralRecord[]> {
      const { Items } = await db.send(
        new QueryCommand({
          TableName: tableName,
          ...queries.pendingReferrals(),
          Limit: limit,
        }),
      );
      return (Items ?? []).map((item) => referralItem.parse(item));
    },

    /** Settles a pending referral; a reward also counts against the referrer's yearly cap, inside the write. */
    settleWrites(referral: ReferralRecord, outcome: 'rewarded' | 'capped', year: number, cap: number): TxWrite[] {
      const writes: TxWrite[] = [
        {
          item: {
            Update: {
              TableName: tableName,
              Key: keys.referral(referral.referrerId, referral.inviteeId),
              UpdateExpression: 'SET #status = :outcome REMOVE gsi2pk, gsi2sk',
              ConditionExpression: '#status = :pending',
              ExpressionAttributeNames: { '#status': 'status' },
              ExpressionAttributeValues: { ':outcome': outcome, ':pending': 'pending' },
            },
          },
          onConditionFailed: REFERRAL_NOT_PENDING,
        },
      ];
      if (outcome === 'rewarded') {
        writes.push({
          item: {
            Update: {
              TableName: tableName,
              Key: keys.referralYear(referral.referrerId, year),
              UpdateExpression: 'ADD rewarded :one SET entity = :entity',
              ConditionExpression: 'attribute_not_exists(rewarded) OR rewarded < :cap',
              ExpressionAttributeValues: { ':one': 1, ':cap': cap, ':entity': 'ReferralYear' },
            },
          },
          onConditionFailed: REFERRAL_CAP_REACHED,
        });
      }
      return writes;
    },

    /**
     * A refund inside the window undoes the referral: the record (read as `from`) becomes cancelled and, if its
     * rewards were announced, their place under the referrer's yearly cap is given back.
     */
    cancelWrites(referral: ReferralRecord, capYear: number | null): TxWrite[] {
      const writes: TxWrite[] = [
        {
          item: {
            Update: {
              TableName: tableName,
              Key: keys.referral(referral.referrerId, referral.inviteeId),
              UpdateExpression: 'SET #status = :cancelled REMOVE gsi2pk, gsi2sk',
              ConditionExpression: '#status = :from',
              ExpressionAttributeNames: { '#status': 'status' },
              ExpressionAttributeValues: { ':cancelled': 'cancelled', ':from': referral.status },
            },
          },
          onConditionFailed: REFERRAL_NOT_PENDING,
        },
      ];
      if (capYear !== null)
        writes.push({
          item: {
            Update: {
              TableName: tableName,
              Key: keys.referralYear(referral.referrerId, capYear),
              UpdateExpression: 'ADD rewarded :minusOne',
              ConditionExpression: 'rewarded > :zero',
              ExpressionAttributeValues: { ':minusOne': -1, ':zero': 0 },
            },
          },
          onConditionFailed: REFERRAL_NOT_PENDING,
        });
      return writes;
    },

    reminderWrites(memberId: string, template: string, on: boolean): TxWrite[] {
      const key = keys.reminderSubscription(template, memberId);
      return [
        {
          item: on
            ? { Put: { TableName: tableName, Item: { ...key, entity: 'ReminderSubscription', memberId, template } } }
            : { Delete: { TableName: tableName, Key: key } },
          onConditionFailed: 'reminder',
        },
      ];
    },

    async subscribers(template: string, shard: number): Promise<string[]> {
      const items = await queryAll(db, {
        TableName: tableName,
        ...queries.reminderShard(template, shard),
      });
      return items.map((item) => item.memberId as string);
    },

    reminderShards: REMINDER_SHARDS,

    /** A message written once, in a transaction: its id names the day, the member and the occasion. */
    outboxWrite(date: string, message: NewOutboxMessage): TxWrite {
      return { item: { Put: outboxPut(tableName, date, message) }, onConditionFailed: OUTBOX_EXISTS };
    },

    /** Writes a message once: the id names the day, the member and the template. */
    async putOutbox(date: string, message: NewOutboxMessage): Promise<'created' | 'exists'> {
      try {
        await db.send(new PutCommand(outboxPut(tableName, date, message)));
        return 'created';
      } catch (error) {
        if (isConditionFailed(error)) return 'exists';
        throw error;
      }
    },

    /** A day's messages, optionally only those of a status, template or member (a page may hold fewer then). */
    async outbox(
      date: string,
      limit: number,
      cursor?: string,
      filter: OutboxFilter = {},
    ): Promise<{ items: OutboxRecord[]; nextCursor: string | null }> {
      const keyQuery = queries.outbox(date);
      const { filterValues, ...filtering } = outboxFilter(filter);
      const page = await db.send(
        new QueryCommand({
          TableName: tableName,
          ...keyQuery,
          ...filtering,
          ExpressionAttributeValues: { ...keyQuery.ExpressionAttributeValues, ...filterValues },
          Limit: limit,
          ExclusiveStartKey: decodeCursor(cursor),
        }),
      );
      return {
        items: (page.Items ?? []).map((item) => outboxItem.parse(item)),
        nextCursor: encodeCursor(page.LastEvaluatedKey),
      };
    },

    async deleteOutbox(date: string, messageId: string): Promise<void> {
      await db.send(new DeleteCommand({ TableName: tableName, Key: keys.outbox(date, messageId) }));
    },
  };
}

export type EngagementRepository = ReturnType<typeof engagementRepository>;
