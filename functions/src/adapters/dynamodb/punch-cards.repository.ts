import { GetCommand } from '@aws-sdk/lib-dynamodb';
import type { DocumentClient } from './client';
import {
  cardUseItem,
  punchCardItem,
  punchProductItem,
  type CardUseRecord,
  type PunchCardRecord,
  type PunchProductRecord,
} from './items';
import { keys, P } from './keys';
import { queries } from './queries';
import { queryAll } from './query-all';
import type { TxWrite } from './transactions';

export const PUNCH_PRODUCT_CHANGED = 'punch-product-changed';
export const CARD_NOT_USABLE = 'card-not-usable';
export const CARD_CHANGED = 'card-changed';
export const CARD_RECEIPT_TAKEN = 'card-receipt-taken';

/**
 * Punch cards (次卡): products, the members' cards and each use. A use takes N uses in one conditional write
 * (active, not expired, enough left — or unlimited), so 30 racing uses of a 10-use card leave exactly 10 done.
 */
export function punchCardsRepository(db: DocumentClient, tableName: string) {
  const cardItem = (card: PunchCardRecord) => ({
    ...keys.punchCard(card.memberId, card.cardId),
    ...keys.heldByMemberNoIndex(card.memberNo, `${P.punchCard}${card.cardId}`),
    entity: 'PunchCard',
    ...card,
  });
  return {
    async products(): Promise<PunchProductRecord[]> {
      const items = await queryAll(db, { TableName: tableName, ...queries.punchProducts() });
      return items.map((item) => punchProductItem.parse(item)).sort((a, b) => a.priceFen - b.priceFen);
    },
    async product(productId: string): Promise<PunchProductRecord | undefined> {
      const { Item } = await db.send(new GetCommand({ TableName: tableName, Key: keys.punchProduct(productId) }));
      return Item ? punchProductItem.parse(Item) : undefined;
    },
    productWrite(product: PunchProductRecord, mustExist: boolean): TxWrite {
      return {
        item: {
          Put: {
            TableName: tableName,
            Item: { ...keys.punchProduct(product.productId), entity: 'PunchProduct', ...product },
            ConditionExpression: mustExist ? 'attribute_exists(pk)' : 'attribute_not_exists(pk)',
          },
        },
        onConditionFailed: PUNCH_PRODUCT_CHANGED,
      };
    },

    async card(memberId: string, cardId: string): Promise<PunchCardRecord | undefined> {
      const { Item } = await db.send(
        new GetCommand({ TableName: tableName, Key: keys.punchCard(memberId, cardId), ConsistentRead: true }),
      );
      return Item ? punchCardItem.parse(Item) : undefined;
    },
    async cardsOf(memberId: string): Promise<PunchCardRecord[]> {
      const items = await queryAll(db, {
        TableName: tableName,
        ...queries.memberPunchCards(memberId),
        ConsistentRead: true,
      });
      return items.map((item) => punchCardItem.parse(item)).sort((a, b) => b.boughtAt.localeCompare(a.boughtAt));
    },
    cardCreateWrite(card: PunchCardRecord): TxWrite {
      return {
        item: { Put: { TableName: tableName, Item: cardItem(card), ConditionExpression: 'attribute_not_exists(pk)' } },
        onConditionFailed: CARD_CHANGED,
      };
    },
    /** N uses taken in the one write: active, before its end, and (unless unlimited) at least N left. */
    useWrite(card: PunchCardRecord, uses: number, at: string): TxWrite {
      const limited = card.usesLeft !== null;
      return {
        item: {
          Update: {
            TableName: tableName,
            Key: keys.punchCard(card.memberId, card.cardId),
            UpdateExpression: limited ? 'ADD usesLeft :minus, usesMade :n' : 'ADD usesMade :n',
            ConditionExpression: `#status = :active AND validUntil > :at${limited ? ' AND usesLeft >= :n' : ''}`,
            ExpressionAttributeNames: { '#status': 'status' },
            ExpressionAttributeValues: {
              ':n': uses,
              ':active': 'active',
              ':at': at,
              ...(limited ? { ':minus': -uses } : {}),
            },
          },
        },
        onConditionFailed: CARD_NOT_USABLE,
      };
    },
    /** A refund closes the card, conditional on the uses it was read with (no use slips in between). */
    refundWrite(card: PunchCardRecord, refund: NonNullable<PunchCardRecord['refund']>): TxWrite {
      return {
        item: {
          Update: {
            TableName: tableName,
            Key: keys.punchCard(card.memberId, card.cardId),
            UpdateExpression: 'SET #status = :refunded, refund = :refund',
            ConditionExpression: '#status = :active AND usesMade = :made',
            ExpressionAttributeNames: { '#status': 'status' },
            ExpressionAttributeValues: {
              ':refunded': 'refunded',
              ':refund': refund,
              ':active': 'active',
              ':made': card.usesMade,
            },
          },
        },
        onConditionFailed: CARD_CHANGED,
      };
    },
    useRecordWrite(use: CardUseRecord): TxWrite {
      return {
        item: {
          Put: {
            TableName: tableName,
            Item: { ...keys.cardUse(use.memberId, use.cardId, use.at, use.useId), entity: 'CardUse', ...use },
            ConditionExpression: 'attribute_not_exists(pk)',
          },
        },
        onConditionFailed: CARD_CHANGED,
      };
    },
    async uses(memberId: string, cardId: string): Promise<CardUseRecord[]> {
      const items = await queryAll(db, {
        TableName: tableName,
        ...queries.cardUses(memberId, cardId),
        ScanIndexForward: false,
      });
      return items.map((item) => cardUseItem.parse(item));
    },
    receiptWrite(storeId: string, receiptNo: string, ref: string): TxWrite {
      return {
        item: {
          Put: {
            TableName: tableName,
            Item: { ...keys.cardReceipt(storeId, receiptNo), entity: 'Unique', ref },
            ConditionExpression: 'attribute_not_exists(pk)',
          },
        },
        onConditionFailed: CARD_RECEIPT_TAKEN,
      };
    },
    async receiptRef(storeId: string, receiptNo: string): Promise<string | undefined> {
      const { Item } = await db.send(
        new GetCommand({ TableName: tableName, Key: keys.cardReceipt(storeId, receiptNo), ConsistentRead: true }),
      );
      return Item?.ref as string | undefined;
    },
  };
}

export type PunchCardsRepository = ReturnType<typeof punchCardsRepository>;
