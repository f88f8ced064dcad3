import { GetCommand, PutCommand, QueryCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import type { DocumentClient } from './client';
import { isConditionFailed } from './errors';
import { mallItemRecord, orderRecord, type MallItemRecord, type OrderRecord } from './items';
import { keys, ORDER_DUE_SHARDS, ttlAfter } from './keys';
import { decodeCursor, encodeCursor } from './pagination';
import { queryAll } from './query-all';
import type { TxWrite } from './transactions';
import { queries } from './queries';
import { mallStock, ORDER_CHANGED } from './mall-stock.repository';

export { LIMIT_REACHED, ORDER_CHANGED, STOCK_EXHAUSTED } from './mall-stock.repository';

export const PICKUP_TAKEN = 'pickup-taken';
export const ITEM_CHANGED = 'item-changed';

/** Fields a marketer may change on an item in place (stock moves only by deltas). */
export type MallItemChanges = Partial<
  Omit<MallItemRecord, 'itemId' | 'kind' | 'stock' | 'sold' | 'createdAt' | 'createdBy'>
>;

/**
 * The points mall: catalog items, orders and their pickup codes. Stock and the per-member count move only inside
 * conditional writes (`stock >= :q`, `redeemed <= :max`) that commit with the points, so they never oversell.
 */
export function mallRepository(db: DocumentClient, tableName: string) {
  const itemPut = (item: MallItemRecord) => ({
    ...keys.mallItem(item.itemId),
    ...keys.mallIndex(item.sortOrder, item.itemId),
    entity: 'MallItem',
    ...item,
  });

  return {
    ...mallStock(db, tableName),
    /** The whole catalog in display order (a brand's mall holds tens of items, not thousands). */
    async listItems(): Promise<MallItemRecord[]> {
      const items = await queryAll(db, {
        TableName: tableName,
        ...queries.mallItems(),
      });
      return items.map((item) => mallItemRecord.parse(item));
    },

    itemCreateWrite(item: MallItemRecord): TxWrite {
      return {
        item: { Put: { TableName: tableName, Item: itemPut(item), ConditionExpression: 'attribute_not_exists(pk)' } },
        onConditionFailed: ITEM_CHANGED,
      };
    },

    /**
     * Changes fields and moves stock by a delta in one write, conditional on the item as it was read (`updatedAt`)
     * and, for a decrease, on that much stock being left: orders may be taking it at the same moment.
     */
    itemUpdateWrite(
      before: MallItemRecord,
      changes: MallItemChanges & { updatedAt: string },
      stockDelta: number,
    ): TxWrite {
      const values: Record<string, unknown> = { ':readAt': before.updatedAt };
      const names: Record<string, string> = {};
      const sets: string[] = [];
      for (const [field, value] of Object.entries({
        ...changes,
        ...(changes.sortOrder !== undefined ? keys.mallIndex(changes.sortOrder, before.itemId) : {}),
      })) {
        names[`#${field}`] = field;
        values[`:${field}`] = value;
        sets.push(`#${field} = :${field}`);
      }
      let condition = 'updatedAt = :readAt';
      if (stockDelta !== 0) {
        values[':delta'] = stockDelta;
        sets.push('stock = stock + :delta');
        if (stockDelta < 0) {
          values[':needed'] = -stockDelta;
          condition += ' AND stock >= :needed';
        }
      }
      return {
        item: {
          Update: {
            TableName: tableName,
            Key: keys.mallItem(before.itemId),
            UpdateExpression: `SET ${sets.join(', ')}`,
            ConditionExpression: condition,
            ExpressionAttributeNames: names,
            ExpressionAttributeValues: values,
          },
        },
        onConditionFailed: ITEM_CHANGED,
      };
    },

    orderWrite(order: OrderRecord): TxWrite {
      return {
        item: {
          Put: {
            TableName: tableName,
            Item: {
              ...keys.order(order.orderId),
              ...keys.memberOrderIndex(order.memberId, order.createdAt, order.orderId),
              ...(order.status === 'awaiting_pickup' && order.pickupBy
                ? keys.orderDueIndex(order.orderId, order.pickupBy)
                : {}),
              entity: 'Order',
              ...order,
            },
            ConditionExpression: 'attribute_not_exists(pk)',
          },
        },
        onConditionFailed: ORDER_CHANGED,
      };
    },

    /** 8 digits, unique while the order can be picked up (kept a year after, so an old slip never finds a new order). */
    pickupCodeWrite(code: string, orderId: string, pickupBy: string): TxWrite {
      return {
        item: {
          Put: {
            TableName: tableName,
            Item: {
              ...keys.pickupCode(code),
              entity: 'Unique',
              orderId,
              ttl: ttlAfter(Date.parse(pickupBy), 365 * 86_400),
            },
            ConditionExpression: 'attribute_not_exists(pk)',
          },
        },
        onConditionFailed: PICKUP_TAKEN,
      };
    },

    async orderIdForPickupCode(code: string): Promise<string | undefined> {
      const { Item } = await db.send(
        new GetCommand({ TableName: tableName, Key: keys.pickupCode(code), ConsistentRead: true }),
      );
      return Item?.orderId as string | undefined;
    },

    async getOrder(orderId: string): Promise<OrderRecord | undefined> {
      const { Item } = await db.send(
        new GetCommand({ TableName: tableName, Key: keys.order(orderId), ConsistentRead: true }),
      );
      return Item ? orderRecord.parse(Item) : undefined;
    },

    /** The member's orders, newest first; a status filter keeps reading until the page is full. */
    async memberOrders(
      memberId: string,
      options: { limit: number; cursor?: string; status?: OrderRecord['status'] },
    ): Promise<{ items: OrderRecord[]; nextCursor: string | null }> {
      const items: OrderRecord[] = [];
      const byMember = queries.memberOrders(memberId);
      let startKey = decodeCursor(options.cursor);
      do {
        const page = await db.send(
          new QueryCommand({
            TableName: tableName,
            ...byMember,
            ...(options.status
              ? { FilterExpression: '#status = :status', ExpressionAttributeNames: { '#status': 'status' } }
              : {}),
            ExpressionAttributeValues: {
              ...byMember.ExpressionAttributeValues,
              ...(options.status ? { ':status': options.status } : {}),
            },
            ScanIndexForward: false,
            Limit: options.limit - items.length,
            ExclusiveStartKey: startKey,
          }),
        );
        items.push(...(page.Items ?? []).map((item) => orderRecord.parse(item)));
        startKey = page.LastEvaluatedKey;
      } while (startKey && items.length < options.limit);
      return { items, nextCursor: encodeCursor(startKey) };
    },

    /** Orders still awaiting pickup whose deadline has passed, across the shards of the sparse index. */
    async overdueOrderIds(nowIso: string): Promise<string[]> {
      const pages = await Promise.all(
        Array.from({ length: ORDER_DUE_SHARDS }, (_, shard) =>
          queryAll(db, {
            TableName: tableName,
            ...queries.ordersDueBefore(shard, nowIso),
            ProjectionExpression: 'orderId',
          }),
        ),
      );
      return pages.flat().map((item) => item.orderId as string);
    },

    /** Cancels an order still awaiting pickup; it leaves the overdue index. */
    cancelWrite(
      order: OrderRecord,
      change: Pick<OrderRecord, 'cancelledAt' | 'cancelReason' | 'pointsRestored' | 'pointsExpiredOnReturn'>,
    ): TxWrite {
      return {
        item: {
          Update: {
            TableName: tableName,
            Key: keys.order(order.orderId),
            UpdateExpression:
              'SET #status = :cancelled, cancelledAt = :at, cancelReason = :reason, pointsRestored = :restored, pointsExpiredOnReturn = :expired REMOVE gsi2pk, gsi2sk',
            ConditionExpression: '#status = :awaiting',
            ExpressionAttributeNames: { '#status': 'status' },
            ExpressionAttributeValues: {
              ':cancelled': 'cancelled',
              ':awaiting': 'awaiting_pickup',
              ':at': change.cancelledAt,
              ':reason': change.cancelReason,
              ':restored': change.pointsRestored,
              ':expired': change.pointsExpiredOnReturn,
            },
          },
        },
        onConditionFailed: ORDER_CHANGED,
      };
    },

    /** Hands the order out once, before its deadline; it moves from the overdue index to the store's day. */
    async fulfil(
      order: OrderRecord,
      hand: { storeId: string; by: string; at: string; businessDate: string },
    ): Promise<boolean> {
      const day = keys.storeDayIndex(hand.storeId, hand.businessDate, hand.at, 'order', order.orderId);
      try {
        await db.send(
          new UpdateCommand({
            TableName: tableName,
            Key: keys.order(order.orderId),
            UpdateExpression:
              'SET #status = :completed, fulfilledAt = :at, fulfilledStoreId = :store, fulfilledBy = :by, gsi2pk = :dayPk, gsi2sk = :daySk',
            ConditionExpression: '#status = :awaiting AND pickupBy > :at',
            ExpressionAttributeNames: { '#status': 'status' },
            ExpressionAttributeValues: {
              ':completed': 'completed',
              ':awaiting': 'awaiting_pickup',
              ':at': hand.at,
              ':store': hand.storeId,
              ':by': hand.by,
              ':dayPk': day.gsi2pk,
              ':daySk': day.gsi2sk,
            },
          }),
        );
        return true;
      } catch (error) {
        if (isConditionFailed(error)) return false;
        throw error;
      }
    },

    /** For tests and the seed: puts an item as given (no audit). */
    async putItem(item: MallItemRecord): Promise<void> {
      await db.send(
        new PutCommand({ TableName: tableName, Item: itemPut(item), ConditionExpression: 'attribute_not_exists(pk)' }),
      );
    },
  };
}

export type MallRepository = ReturnType<typeof mallRepository>;
