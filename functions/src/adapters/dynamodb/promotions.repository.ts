import { GetCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import type { DocumentClient } from './client';
import { queryAll } from './query-all';
import { parseItem, promotionItem, type PromotionRecord } from './items';
import { keys } from './keys';
import { decodeCursor, encodeCursor } from './pagination';
import type { TxWrite } from './transactions';
import { queries } from './queries';

/** The one builder of a promotion item, put once. */
const promotionPut = (tableName: string, promotion: PromotionRecord) => ({
  TableName: tableName,
  Item: {
    ...keys.promotion(promotion.promotionId),
    ...keys.promotionIndex(promotion.endsAt, promotion.promotionId),
    entity: 'Promotion',
    ...promotion,
  },
  ConditionExpression: 'attribute_not_exists(pk)',
});

/** Every change of a promotion moves the stamp in the same transaction. */
const stampMoveOf = (tableName: string): TxWrite => ({
  item: {
    Update: {
      TableName: tableName,
      Key: keys.promotionsStamp(),
      UpdateExpression: 'ADD changes :one',
      ExpressionAttributeValues: { ':one': 1 },
    },
  },
  onConditionFailed: 'promotions-stamp',
});

/** Points promotions, indexed by their end so that the ones still running are one Query. */
export const PROMOTION_CHANGED = 'promotion-changed';
/** A write checked against a cached promotion list found that a promotion changed since the list was read. */
export const PROMOTIONS_STAMP_MOVED = 'promotions-stamp-moved';

export function promotionsRepository(db: DocumentClient, tableName: string) {
  const stampMove = () => stampMoveOf(tableName);
  return {
    async get(promotionId: string): Promise<PromotionRecord | undefined> {
      const { Item } = await db.send(
        new GetCommand({ TableName: tableName, Key: keys.promotion(promotionId), ConsistentRead: true }),
      );
      return parseItem(promotionItem, Item);
    },

    /** The promotion ended early (its end moved to now, and its index with it), over the end that was read. */
    endEarlyWrites(before: PromotionRecord, after: PromotionRecord): TxWrite[] {
      const put = promotionPut(tableName, after);
      const ended: TxWrite = {
        item: {
          Put: {
            ...put,
            ConditionExpression: 'endsAt = :readEnd',
            ExpressionAttributeValues: { ':readEnd': before.endsAt },
          },
        },
        onConditionFailed: PROMOTION_CHANGED,
      };
      return [ended, stampMove()];
    },

    /** The promotion's writes (it, and the stamp that tells caches it changed), to commit with its audit entry. */
    promotionWrites(promotion: PromotionRecord): TxWrite[] {
      return [
        { item: { Put: promotionPut(tableName, promotion) }, onConditionFailed: 'promotion-exists' },
        stampMove(),
      ];
    },

    /** How many times promotions have changed (0 before the first): what a cached list was read under. */
    async stamp(): Promise<number> {
      const { Item } = await db.send(
        new GetCommand({ TableName: tableName, Key: keys.promotionsStamp(), ConsistentRead: true }),
      );
      return typeof Item?.changes === 'number' ? Item.changes : 0;
    },

    /** In a write that used a cached list: promotions have not changed since it was read (else it is retried). */
    stampCheck(changes: number): TxWrite {
      return {
        item: {
          ConditionCheck: {
            TableName: tableName,
            Key: keys.promotionsStamp(),
            ConditionExpression: changes === 0 ? 'attribute_not_exists(changes)' : 'changes = :changes',
            ...(changes === 0 ? {} : { ExpressionAttributeValues: { ':changes': changes } }),
          },
        },
        onConditionFailed: PROMOTIONS_STAMP_MOVED,
      };
    },

    /** Promotions that have not ended at `nowIso` (running or scheduled). */
    async notEndedAt(nowIso: string): Promise<PromotionRecord[]> {
      const items = await queryAll(db, {
        TableName: tableName,
        ...queries.promotionsEndingAfter(nowIso),
      });
      return items.map((item) => promotionItem.parse(item));
    },

    async list(limit: number, cursor?: string): Promise<{ items: PromotionRecord[]; nextCursor: string | null }> {
      const page = await db.send(
        new QueryCommand({
          TableName: tableName,
          ...queries.promotions(),
          ScanIndexForward: false,
          Limit: limit,
          ExclusiveStartKey: decodeCursor(cursor),
        }),
      );
      return {
        items: (page.Items ?? []).map((item) => promotionItem.parse(item)),
        nextCursor: encodeCursor(page.LastEvaluatedKey),
      };
    },
  };
}

export type PromotionsRepository = ReturnType<typeof promotionsRepository>;
