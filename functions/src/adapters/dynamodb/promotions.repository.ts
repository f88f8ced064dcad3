import { GetCommand, PutCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
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

/** Points promotions, indexed by their end so that the ones still running are one Query. */
export const PROMOTION_CHANGED = 'promotion-changed';

export function promotionsRepository(db: DocumentClient, tableName: string) {
  return {
    async get(promotionId: string): Promise<PromotionRecord | undefined> {
      const { Item } = await db.send(
        new GetCommand({ TableName: tableName, Key: keys.promotion(promotionId), ConsistentRead: true }),
      );
      return parseItem(promotionItem, Item);
    },

    /** The promotion ended early (its end moved to now, and its index with it), over the end that was read. */
    endEarlyWrite(before: PromotionRecord, after: PromotionRecord): TxWrite {
      const put = promotionPut(tableName, after);
      return {
        item: {
          Put: {
            ...put,
            ConditionExpression: 'endsAt = :readEnd',
            ExpressionAttributeValues: { ':readEnd': before.endsAt },
          },
        },
        onConditionFailed: PROMOTION_CHANGED,
      };
    },

    async put(promotion: PromotionRecord): Promise<void> {
      await db.send(new PutCommand(promotionPut(tableName, promotion)));
    },

    /** The promotion's write, to commit with its audit entry. */
    promotionWrite(promotion: PromotionRecord): TxWrite {
      return { item: { Put: promotionPut(tableName, promotion) }, onConditionFailed: 'promotion-exists' };
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
