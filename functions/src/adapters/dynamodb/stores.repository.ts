import { GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import type { DocumentClient } from './client';
import { queryAll } from './query-all';
import { parseItem, storeItem, type StoreRecord } from './items';
import { keys } from './keys';
import type { TxWrite } from './transactions';
import { queries } from './queries';

export const STORE_TAKEN = 'store-taken';
export const STORE_CHANGED = 'store-changed';
export const STORE_NOT_OPEN = 'store-not-open';

/** The one builder of a store item. */
const storeItemOf = (store: StoreRecord, at: string) => ({
  ...keys.store(store.storeId),
  ...keys.storeIndex(store.storeId),
  entity: 'Store',
  ...store,
  updatedAt: at,
});

export function storesRepository(db: DocumentClient, tableName: string) {
  return {
    async get(storeId: string): Promise<StoreRecord | undefined> {
      const { Item } = await db.send(new GetCommand({ TableName: tableName, Key: keys.store(storeId) }));
      return parseItem(storeItem, Item);
    },

    /** Stores are few (a chain has hundreds at most): one query pages through them all. */
    async list(): Promise<StoreRecord[]> {
      const items = await queryAll(db, {
        TableName: tableName,
        ...queries.stores(),
      });
      return items.map((item) => storeItem.parse(item));
    },

    /** A new store (its id taken once), for a marketer's transaction with the audit entry. */
    storeWrite(store: StoreRecord, at: string): TxWrite {
      return {
        item: {
          Put: {
            TableName: tableName,
            Item: storeItemOf(store, at),
            ConditionExpression: 'attribute_not_exists(pk)',
          },
        },
        onConditionFailed: STORE_TAKEN,
      };
    },

    /** A renamed (or moved) store, written only over the version that was read: two marketers never lose an edit. */
    storeUpdateWrite(before: StoreRecord, after: StoreRecord, at: string): TxWrite {
      return {
        item: {
          Put: {
            TableName: tableName,
            Item: storeItemOf(after, at),
            ConditionExpression: `#name = :name AND city = :city AND ${
              before.status ? '#status = :status' : 'attribute_not_exists(#status)'
            }`,
            ExpressionAttributeNames: { '#name': 'name', '#status': 'status' },
            ExpressionAttributeValues: {
              ':name': before.name,
              ':city': before.city,
              ...(before.status ? { ':status': before.status } : {}),
            },
          },
        },
        onConditionFailed: STORE_CHANGED,
      };
    },

    /** Inside a purchase's transaction: the store is open (a store written before stores could close is). */
    openStoreCheck(storeId: string): TxWrite {
      return {
        item: {
          ConditionCheck: {
            TableName: tableName,
            Key: keys.store(storeId),
            ConditionExpression: 'attribute_exists(pk) AND (attribute_not_exists(#status) OR #status = :open)',
            ExpressionAttributeNames: { '#status': 'status' },
            ExpressionAttributeValues: { ':open': 'open' },
          },
        },
        onConditionFailed: STORE_NOT_OPEN,
      };
    },

    async put(store: StoreRecord, at: string): Promise<void> {
      await db.send(new PutCommand({ TableName: tableName, Item: storeItemOf(store, at) }));
    },
  };
}

export type StoresRepository = ReturnType<typeof storesRepository>;
