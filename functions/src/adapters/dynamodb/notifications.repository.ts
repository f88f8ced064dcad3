import { GetCommand, QueryCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import type { DocumentClient } from './client';
import { isConditionFailed } from './errors';
import { type OutboxRecord, outboxItem } from './engagement.repository';
import { keys, OUTBOX_DUE_SHARDS } from './keys';
import { queries } from './queries';
import { queryAll } from './query-all';
import type { TxWrite } from './transactions';

export const NO_CREDIT = 'no-credit';
export const MESSAGE_MOVED = 'message-moved';
export const EXPIRY_NOTICE_WRITTEN = 'expiry-notice-written';

/** How a message the sender holds ends: its final status and why, and whether the member's credit comes back. */
export interface MessageEnd {
  status: 'sent' | 'skipped' | 'failed' | 'pending';
  reason?: string;
  detail?: string;
  sentAt?: string;
  msgid?: string;
}

/** Subscribe-message credits (one per acceptance), the sender's due messages and its conditional state changes. */
export function notificationsRepository(db: DocumentClient, tableName: string) {
  const outboxKey = (message: Pick<OutboxRecord, 'date' | 'messageId'>) => keys.outbox(message.date, message.messageId);

  return {
    outboxDueShards: OUTBOX_DUE_SHARDS,

    /** One more credit, up to `cap`: 'added', or 'capped' when the member already holds the most one may. */
    async addCredit(memberId: string, templateKey: string, cap: number, at: string): Promise<'added' | 'capped'> {
      try {
        await db.send(
          new UpdateCommand({
            TableName: tableName,
            Key: keys.subscription(memberId, templateKey),
            UpdateExpression:
              'ADD credits :one SET entity = :entity, memberId = :member, templateKey = :key, acceptedAt = :at',
            ConditionExpression: 'attribute_not_exists(credits) OR credits < :cap',
            ExpressionAttributeValues: {
              ':one': 1,
              ':cap': cap,
              ':entity': 'Subscription',
              ':member': memberId,
              ':key': templateKey,
              ':at': at,
            },
          }),
        );
        return 'added';
      } catch (error) {
        if (isConditionFailed(error)) return 'capped';
        throw error;
      }
    },

    /** The member said no to this template: kept for the record; the credits held stay. */
    async noteRefusal(memberId: string, templateKey: string, at: string): Promise<void> {
      await db.send(
        new UpdateCommand({
          TableName: tableName,
          Key: keys.subscription(memberId, templateKey),
          UpdateExpression:
            'SET entity = :entity, memberId = :member, templateKey = :key, rejectedAt = :at, credits = if_not_exists(credits, :zero)',
          ExpressionAttributeValues: {
            ':entity': 'Subscription',
            ':member': memberId,
            ':key': templateKey,
            ':at': at,
            ':zero': 0,
          },
        }),
      );
    },

    async credits(memberId: string): Promise<Record<string, number>> {
      const { Items } = await db.send(
        new QueryCommand({ TableName: tableName, ...queries.subscriptions(memberId), ConsistentRead: true }),
      );
      return Object.fromEntries((Items ?? []).map((item) => [item.templateKey as string, Number(item.credits ?? 0)]));
    },

    /** One page of a shard's messages that are pending or were claimed and not finished, oldest first. */
    async dueMessages(
      shard: number,
      limit: number,
      after?: Record<string, unknown>,
    ): Promise<{ items: OutboxRecord[]; after?: Record<string, unknown> }> {
      const page = await db.send(
        new QueryCommand({ TableName: tableName, ...queries.outboxDue(shard), Limit: limit, ExclusiveStartKey: after }),
      );
      return { items: (page.Items ?? []).map((item) => outboxItem.parse(item)), after: page.LastEvaluatedKey };
    },

    /** Lots with points left that expire on a UTC date (one shard of the sparse expiry index). */
    async lotsExpiring(
      utcDate: string,
      shard: number,
    ): Promise<{ memberId: string; remaining: number; expiresAt: string }[]> {
      const items = await queryAll(db, {
        TableName: tableName,
        ...queries.lotsExpiring(utcDate, shard),
        ProjectionExpression: 'memberId, remaining, expiresAt',
      });
      return items.map((item) => ({
        memberId: item.memberId as string,
        remaining: Number(item.remaining ?? 0),
        expiresAt: item.expiresAt as string,
      }));
    },

    async message(date: string, messageId: string): Promise<OutboxRecord | undefined> {
      const { Item } = await db.send(
        new GetCommand({ TableName: tableName, Key: keys.outbox(date, messageId), ConsistentRead: true }),
      );
      return Item ? outboxItem.parse(Item) : undefined;
    },

    /**
     * The claim: the message goes from pending to sending, and the member's credit for its template is spent, in
     * one transaction. Only one sender can win it; without a credit nothing changes (NO_CREDIT).
     */
    claimWrites(message: OutboxRecord, at: string): TxWrite[] {
      return [
        {
          item: {
            Update: {
              TableName: tableName,
              Key: outboxKey(message),
              UpdateExpression: 'SET #status = :sending, claimedAt = :at ADD attempts :one',
              ConditionExpression: '#status = :pending',
              ExpressionAttributeNames: { '#status': 'status' },
              ExpressionAttributeValues: { ':sending': 'sending', ':pending': 'pending', ':at': at, ':one': 1 },
            },
          },
          onConditionFailed: MESSAGE_MOVED,
        },
        {
          item: {
            Update: {
              TableName: tableName,
              Key: keys.subscription(message.memberId, message.template),
              UpdateExpression: 'ADD credits :minusOne SET spentAt = :at',
              ConditionExpression: 'credits >= :one',
              ExpressionAttributeValues: { ':minusOne': -1, ':one': 1, ':at': at },
            },
          },
          onConditionFailed: NO_CREDIT,
        },
      ];
    },

    /**
     * A message leaves `from` for good (or, with status pending, goes back to wait for the next run): the reason
     * is kept, a final message leaves the due index, and a credit not used up is given back in the same write.
     */
    endWrites(
      message: OutboxRecord,
      from: OutboxRecord['status'],
      end: MessageEnd,
      giveCreditBack: boolean,
    ): TxWrite[] {
      const values: Record<string, unknown> = { ':to': end.status, ':from': from };
      const sets = ['#status = :to'];
      for (const field of ['reason', 'detail', 'sentAt', 'msgid'] as const) {
        if (end[field] === undefined) continue;
        sets.push(`${field} = :${field}`);
        values[`:${field}`] = end[field];
      }
      const removes = end.status === 'pending' ? [] : ['gsi2pk', 'gsi2sk'];
      const writes: TxWrite[] = [
        {
          item: {
            Update: {
              TableName: tableName,
              Key: outboxKey(message),
              UpdateExpression: `SET ${sets.join(', ')}${removes.length ? ` REMOVE ${removes.join(', ')}` : ''}`,
              ConditionExpression: '#status = :from',
              ExpressionAttributeNames: { '#status': 'status' },
              ExpressionAttributeValues: values,
            },
          },
          onConditionFailed: MESSAGE_MOVED,
        },
      ];
      if (giveCreditBack)
        writes.push({
          item: {
            Update: {
              TableName: tableName,
              Key: keys.subscription(message.memberId, message.template),
              UpdateExpression: 'ADD credits :one',
              ExpressionAttributeValues: { ':one': 1 },
            },
          },
          onConditionFailed: MESSAGE_MOVED,
        });
      return writes;
    },

    /** The marker that 积分即将过期 was written for this member and expiry date: put once, with the message. */
    expiryNoticeWrite(memberId: string, expiryDate: string, points: number, at: string): TxWrite {
      return {
        item: {
          Put: {
            TableName: tableName,
            Item: { ...keys.expiryNotice(memberId, expiryDate), entity: 'ExpiryNotice', memberId, points, at },
            ConditionExpression: 'attribute_not_exists(pk)',
          },
        },
        onConditionFailed: EXPIRY_NOTICE_WRITTEN,
      };
    },
  };
}

export type NotificationsRepository = ReturnType<typeof notificationsRepository>;
