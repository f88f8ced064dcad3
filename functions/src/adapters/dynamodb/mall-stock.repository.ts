import { GetCommand } from '@aws-sdk/lib-dynamodb';
import type { DocumentClient } from './client';
import { mallItemRecord, type MallItemRecord } from './items';
import { heldInContainer } from './held-in-container';
import { keys } from './keys';
import { queryAll } from './query-all';
import type { TxWrite } from './transactions';
import { queries } from './queries';

export const STOCK_EXHAUSTED = 'stock-exhausted';
export const LIMIT_REACHED = 'limit-reached';
export const ORDER_CHANGED = 'order-changed';
const HELD_ITEM_MS = 60_000;
const HELD_ITEMS = 500;

/**
 * What a redemption takes: the item's stock and the member's count of it, each moved only inside a conditional
 * write. A container holds the items it has read, so a redemption reads none: the stock's write checks the item is
 * unchanged since (`updatedAt` moves with every edit by a marketer, not with orders).
 */
export function mallStock(db: DocumentClient, tableName: string) {
  const held = heldInContainer<MallItemRecord>(HELD_ITEM_MS, HELD_ITEMS);
  return {
    async getItem(itemId: string, consistent = false): Promise<MallItemRecord | undefined> {
      const { Item } = await db.send(
        new GetCommand({ TableName: tableName, Key: keys.mallItem(itemId), ConsistentRead: consistent }),
      );
      const item = Item ? mallItemRecord.parse(Item) : undefined;
      if (item) held.set(itemId, item);
      return item;
    },

    /** The item as this container last read it (within a minute), else read: for writes that check it unchanged. */
    async heldItem(itemId: string): Promise<MallItemRecord | undefined> {
      return held.get(itemId) ?? this.getItem(itemId);
    },

    /**
     * Takes `quantity` units of counted stock from the item as it was read (or held): the write fails with
     * STOCK_EXHAUSTED when the stock is short or the item was edited since (`updatedAt`); the order then reads it
     * afresh to say which. An item without counted stock is only checked unchanged.
     */
    stockTakeWrite(item: Pick<MallItemRecord, 'itemId' | 'stock' | 'updatedAt'>, quantity: number): TxWrite {
      const Key = keys.mallItem(item.itemId);
      const unchanged = { ':readAt': item.updatedAt };
      return {
        item:
          item.stock === null
            ? {
                ConditionCheck: {
                  TableName: tableName,
                  Key,
                  ConditionExpression: 'updatedAt = :readAt',
                  ExpressionAttributeValues: unchanged,
                },
              }
            : {
                Update: {
                  TableName: tableName,
                  Key,
                  UpdateExpression: 'SET stock = stock - :q, sold = sold + :q',
                  ConditionExpression: 'stock >= :q AND updatedAt = :readAt',
                  ExpressionAttributeValues: { ':q': quantity, ...unchanged },
                },
              },
        onConditionFailed: STOCK_EXHAUSTED,
      };
    },

    stockReturnWrite(itemId: string, quantity: number): TxWrite {
      return {
        item: {
          Update: {
            TableName: tableName,
            Key: keys.mallItem(itemId),
            UpdateExpression: 'SET stock = stock + :q, sold = sold - :q',
            ConditionExpression: 'attribute_exists(pk)',
            ExpressionAttributeValues: { ':q': quantity },
          },
        },
        onConditionFailed: ORDER_CHANGED,
      };
    },

    /** Units of each item the member holds in orders that were not cancelled. */
    async redeemedCounts(memberId: string, consistent = false): Promise<Map<string, number>> {
      const items = await queryAll(db, {
        TableName: tableName,
        ...queries.itemCounts(memberId),
        ConsistentRead: consistent,
      });
      return new Map(items.map((item) => [item.itemId as string, item.redeemed as number]));
    },

    /** Counts `quantity` more units for the member; with a limit, fails the transaction with LIMIT_REACHED beyond it. */
    countWrite(memberId: string, itemId: string, quantity: number, limit: number | null): TxWrite {
      return {
        item: {
          Update: {
            TableName: tableName,
            Key: keys.itemCount(memberId, itemId),
            UpdateExpression: 'SET entity = :entity, itemId = :itemId ADD redeemed :q',
            ...(limit !== null ? { ConditionExpression: 'attribute_not_exists(redeemed) OR redeemed <= :max' } : {}),
            ExpressionAttributeValues: {
              ':entity': 'ItemCount',
              ':itemId': itemId,
              ':q': quantity,
              ...(limit !== null ? { ':max': limit - quantity } : {}),
            },
          },
        },
        onConditionFailed: LIMIT_REACHED,
      };
    },

    countReturnWrite(memberId: string, itemId: string, quantity: number): TxWrite {
      return {
        item: {
          Update: {
            TableName: tableName,
            Key: keys.itemCount(memberId, itemId),
            UpdateExpression: 'ADD redeemed :q',
            ExpressionAttributeValues: { ':q': -quantity },
          },
        },
        onConditionFailed: ORDER_CHANGED,
      };
    },
  };
}
