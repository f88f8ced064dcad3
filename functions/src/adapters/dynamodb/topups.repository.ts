import { GetCommand, PutCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import type { DocumentClient } from './client';
import { topupItem, walletPackageItem, type TopupRecord, type WalletPackageRecord } from './items';
import { keys } from './keys';
import { decodeCursor, encodeCursor } from './pagination';
import { queries } from './queries';
import { queryAll } from './query-all';
import { replaceIfStatus, type TxWrite } from './transactions';

export const TOPUP_RECEIPT_TAKEN = 'topup-receipt-taken';
export const TOPUP_CHANGED = 'topup-changed';

/** Top-ups (online and at the counter) and the marketer's top-up packages. */
export function topupsRepository(db: DocumentClient, tableName: string) {
  const item = (topup: TopupRecord) => ({
    ...keys.topup(topup.topupId),
    ...keys.memberTopupIndex(topup.memberId, topup.createdAt, topup.topupId),
    ...(topup.paidAt ? keys.paidTopupIndex(topup.paidAt, topup.topupId) : {}),
    entity: 'Topup',
    ...topup,
  });
  return {
    async get(topupId: string): Promise<TopupRecord | undefined> {
      const { Item } = await db.send(
        new GetCommand({ TableName: tableName, Key: keys.topup(topupId), ConsistentRead: true }),
      );
      return Item ? topupItem.parse(Item) : undefined;
    },

    /** A new top-up (awaiting payment, or paid at once at the counter). */
    async create(topup: TopupRecord): Promise<void> {
      await db.send(
        new PutCommand({ TableName: tableName, Item: item(topup), ConditionExpression: 'attribute_not_exists(pk)' }),
      );
    },

    createWrite(topup: TopupRecord): TxWrite {
      return {
        item: { Put: { TableName: tableName, Item: item(topup), ConditionExpression: 'attribute_not_exists(pk)' } },
        onConditionFailed: TOPUP_CHANGED,
      };
    },

    /** The top-up's new state, conditional on the status it was read with. */
    replaceWrite(topup: TopupRecord, expectedStatus: TopupRecord['status']): TxWrite {
      return replaceIfStatus(tableName, item(topup), expectedStatus, TOPUP_CHANGED);
    },

    receiptMarkerWrite(storeId: string, receiptNo: string, topupId: string): TxWrite {
      return {
        item: {
          Put: {
            TableName: tableName,
            Item: { ...keys.topupReceipt(storeId, receiptNo), entity: 'Unique', topupId },
            ConditionExpression: 'attribute_not_exists(pk)',
          },
        },
        onConditionFailed: TOPUP_RECEIPT_TAKEN,
      };
    },

    async topupIdForReceipt(storeId: string, receiptNo: string): Promise<string | undefined> {
      const { Item } = await db.send(
        new GetCommand({ TableName: tableName, Key: keys.topupReceipt(storeId, receiptNo), ConsistentRead: true }),
      );
      return Item?.topupId as string | undefined;
    },

    /** Paid top-ups between two instants (UTC ISO), oldest first. */
    async paidBetween(fromIso: string, toIso: string): Promise<TopupRecord[]> {
      const items = await queryAll(db, { TableName: tableName, ...queries.paidTopups(fromIso, toIso) });
      return items.map((entry) => topupItem.parse(entry));
    },

    /**
     * One page of the paid top-ups between two instants, newest first, of one store and/or channel when asked:
     * the filter runs in the Query, which reads on past non-matching items until the page is full or the range ends.
     */
    async paidPage(
      fromIso: string,
      toIso: string,
      options: { limit: number; cursor?: string; storeId?: string; channel?: TopupRecord['channel'] },
    ): Promise<{ items: TopupRecord[]; nextCursor: string | null }> {
      const filters: string[] = [];
      const values: Record<string, unknown> = {};
      if (options.storeId) {
        filters.push('storeId = :storeId');
        values[':storeId'] = options.storeId;
      }
      if (options.channel) {
        filters.push('channel = :channel');
        values[':channel'] = options.channel;
      }
      const base = queries.paidTopups(fromIso, toIso);
      const items: TopupRecord[] = [];
      let startKey = decodeCursor(options.cursor);
      do {
        const page = await db.send(
          new QueryCommand({
            TableName: tableName,
            ...base,
            ...(filters.length ? { FilterExpression: filters.join(' AND ') } : {}),
            ExpressionAttributeValues: { ...base.ExpressionAttributeValues, ...values },
            ScanIndexForward: false,
            Limit: options.limit - items.length,
            ExclusiveStartKey: startKey,
          }),
        );
        items.push(...(page.Items ?? []).map((entry) => topupItem.parse(entry)));
        startKey = page.LastEvaluatedKey;
      } while (startKey && items.length < options.limit);
      return { items, nextCursor: encodeCursor(startKey) };
    },

    async ofMember(memberId: string): Promise<TopupRecord[]> {
      const items = await queryAll(db, {
        TableName: tableName,
        ...queries.memberTopups(memberId),
        ScanIndexForward: false,
      });
      return items.map((entry) => topupItem.parse(entry));
    },

    async packages(): Promise<WalletPackageRecord[]> {
      const items = await queryAll(db, { TableName: tableName, ...queries.walletPackages() });
      return items
        .map((entry) => walletPackageItem.parse(entry))
        .sort((a, b) => a.sort - b.sort || a.payFen - b.payFen);
    },

    async package(packageId: string): Promise<WalletPackageRecord | undefined> {
      const { Item } = await db.send(new GetCommand({ TableName: tableName, Key: keys.walletPackage(packageId) }));
      return Item ? walletPackageItem.parse(Item) : undefined;
    },

    packageWrite(pkg: WalletPackageRecord, mustExist: boolean): TxWrite {
      return {
        item: {
          Put: {
            TableName: tableName,
            Item: { ...keys.walletPackage(pkg.packageId), entity: 'WalletPackage', ...pkg },
            ConditionExpression: mustExist ? 'attribute_exists(pk)' : 'attribute_not_exists(pk)',
          },
        },
        onConditionFailed: TOPUP_CHANGED,
      };
    },
  };
}

export type TopupsRepository = ReturnType<typeof topupsRepository>;
