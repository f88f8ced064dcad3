import { GetCommand, PutCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import type { DocumentClient } from './client';
import { parseItem, storeItem, type StoreRecord } from './items';
import { GSI1, keys } from './keys';

export function storesRepository(db: DocumentClient, tableName: string) {
  return {
    async get(storeId: string): Promise<StoreRecord | undefined> {
      const { Item } = await db.send(new GetCommand({ TableName: tableName, Key: keys.store(storeId) }));
      return parseItem(storeItem, Item);
    },

    /** Stores are few (a chain has hundreds at most): one query pages through them all. */
    async list(): Promise<StoreRecord[]> {
      const stores: StoreRecord[] = [];
      let startKey: Record<string, unknown> | undefined;
      do {
        const page = await db.send(
          new QueryCommand({
            TableName: tableName,
            IndexName: GSI1,
            KeyConditionExpression: 'gsi1pk = :pk',
            ExpressionAttributeValues: { ':pk': 'STORES' },
            ExclusiveStartKey: startKey,
          }),
        );
        stores.push(...(page.Items ?? []).map((item) => storeItem.parse(item)));
        startKey = page.LastEvaluatedKey;
      } while (startKey);
      return stores;
    },

    async put(store: StoreRecord, at: string): Promise<void> {
      await db.send(
        new PutCommand({
          TableName: tableName,
          Item: { ...keys.store(store.storeId), ...keys.storeIndex(store.storeId), entity: 'Store', ...store, updatedAt: at },
        }),
      );
    },
  };
}

export type StoresRepository = ReturnType<typeof storesRepository>;
