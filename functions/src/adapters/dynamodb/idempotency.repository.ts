import { DeleteCommand, GetCommand, PutCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import type { DocumentClient } from './client';
import { isConditionFailed } from './errors';
import { idempotencyItem, parseItem, type IdempotencyRecord } from './items';
import { keys } from './keys';

export type StoredResponse = { statusCode: number; body: string };

export type ClaimOutcome =
  | { kind: 'claimed' }
  | { kind: 'replay'; response: StoredResponse }
  | { kind: 'mismatch' }
  | { kind: 'in-progress' };

/**
 * Idempotency records: the first request with a key claims it (a lease), runs, then stores its response for
 * 24 h. A claim whose lease ran out (its request crashed) may be taken over; the business write's own
 * conditions then keep the retry from acting twice. Times here are real wall-clock times, never X-Clock.
 */
export function idempotencyRepository(db: DocumentClient, tableName: string) {
  return {
    async claim(
      scope: string,
      requestHash: string,
      nowMs: number,
      leaseMs: number,
      retentionMs: number,
    ): Promise<ClaimOutcome> {
      const record: IdempotencyRecord = {
        requestHash,
        state: 'pending',
        leaseUntil: nowMs + leaseMs,
        expiresAt: nowMs + retentionMs,
      };
      try {
        await db.send(
          new PutCommand({
            TableName: tableName,
            Item: {
              ...keys.idempotency(scope),
              entity: 'Idempotency',
              ...record,
              ttl: Math.ceil(record.expiresAt / 1000),
            },
            ConditionExpression:
              'attribute_not_exists(pk) OR expiresAt < :now OR (#state = :pending AND leaseUntil < :now AND requestHash = :hash)',
            ExpressionAttributeNames: { '#state': 'state' },
            ExpressionAttributeValues: { ':now': nowMs, ':pending': 'pending', ':hash': requestHash },
          }),
        );
        return { kind: 'claimed' };
      } catch (error) {
        if (!isConditionFailed(error)) throw error;
      }
      const existing = await this.get(scope);
      if (!existing) return this.claim(scope, requestHash, nowMs, leaseMs, retentionMs);
      if (existing.requestHash !== requestHash) return { kind: 'mismatch' };
      if (existing.state === 'done' && existing.response) return { kind: 'replay', response: existing.response };
      return { kind: 'in-progress' };
    },

    async complete(scope: string, requestHash: string, response: StoredResponse): Promise<void> {
      await db.send(
        new UpdateCommand({
          TableName: tableName,
          Key: keys.idempotency(scope),
          UpdateExpression: 'SET #state = :done, #response = :response',
          ConditionExpression: 'requestHash = :hash',
          ExpressionAttributeNames: { '#state': 'state', '#response': 'response' },
          ExpressionAttributeValues: { ':done': 'done', ':response': response, ':hash': requestHash },
        }),
      );
    },

    /** Gives the key back after an unexpected failure, so that a retry runs the request again. */
    async release(scope: string, requestHash: string): Promise<void> {
      try {
        await db.send(
          new DeleteCommand({
            TableName: tableName,
            Key: keys.idempotency(scope),
            ConditionExpression: '#state = :pending AND requestHash = :hash',
            ExpressionAttributeNames: { '#state': 'state' },
            ExpressionAttributeValues: { ':pending': 'pending', ':hash': requestHash },
          }),
        );
      } catch (error) {
        if (!isConditionFailed(error)) throw error;
      }
    },

    async get(scope: string): Promise<IdempotencyRecord | undefined> {
      const { Item } = await db.send(
        new GetCommand({ TableName: tableName, Key: keys.idempotency(scope), ConsistentRead: true }),
      );
      return parseItem(idempotencyItem, Item);
    },
  };
}

export type IdempotencyRepository = ReturnType<typeof idempotencyRepository>;
