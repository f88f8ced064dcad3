import { GetCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import type { DocumentClient } from './client';
import { queryAll } from './query-all';
import {
  orderRecord,
  purchaseItem,
  refundItem,
  type OrderRecord,
  type PaidWith,
  type PurchaseRecord,
  type RefundRecord,
} from './items';
import { keys, ttlAfter } from './keys';
import type { TxWrite } from './transactions';
import { queries } from './queries';

export const RECEIPT_TAKEN = 'receipt-taken';
export const CODE_USED = 'code-used';
export const PURCHASE_CHANGED = 'purchase-changed';

/** Purchases and refunds at the counter (and the day's counter list, which also holds mall hand-outs), with the markers that make a receipt and a member code count once. */
export function purchasesRepository(db: DocumentClient, tableName: string) {
  return {
    async get(purchaseId: string): Promise<PurchaseRecord | undefined> {
      const { Item } = await db.send(
        new GetCommand({ TableName: tableName, Key: keys.purchase(purchaseId), ConsistentRead: true }),
      );
      return Item ? purchaseItem.parse(Item) : undefined;
    },

    async purchaseIdForReceipt(storeId: string, receiptNo: string): Promise<string | undefined> {
      const { Item } = await db.send(
        new GetCommand({ TableName: tableName, Key: keys.receiptMarker(storeId, receiptNo), ConsistentRead: true }),
      );
      return Item?.purchaseId as string | undefined;
    },

    /** The receipt number is unique per store; the marker points at the purchase that holds it. */
    receiptMarkerWrite(storeId: string, receiptNo: string, purchaseId: string): TxWrite {
      return {
        item: {
          Put: {
            TableName: tableName,
            Item: { ...keys.receiptMarker(storeId, receiptNo), entity: 'Unique', purchaseId },
            ConditionExpression: 'attribute_not_exists(pk)',
          },
        },
        onConditionFailed: RECEIPT_TAKEN,
      };
    },

    /** One member code, one purchase: the use is remembered until a day after the code expired. */
    codeUseWrite(memberNo: string, expiresAtSeconds: number, nonce: string, purchaseId: string): TxWrite {
      return {
        item: {
          Put: {
            TableName: tableName,
            Item: {
              ...keys.memberCodeUse(memberNo, expiresAtSeconds, nonce),
              entity: 'Unique',
              purchaseId,
              ttl: ttlAfter(expiresAtSeconds * 1000, 86_400),
            },
            ConditionExpression: 'attribute_not_exists(pk)',
          },
        },
        onConditionFailed: CODE_USED,
      };
    },

    purchaseWrite(purchase: PurchaseRecord): TxWrite {
      return {
        item: {
          Put: {
            TableName: tableName,
            Item: {
              ...keys.purchase(purchase.purchaseId),
              ...keys.memberPurchaseIndex(purchase.memberId, purchase.at, purchase.purchaseId),
              ...keys.storeDayIndex(
                purchase.storeId,
                purchase.businessDate,
                purchase.at,
                'purchase',
                purchase.purchaseId,
              ),
              entity: 'Purchase',
              ...purchase,
            },
            ConditionExpression: 'attribute_not_exists(pk)',
          },
        },
        onConditionFailed: PURCHASE_CHANGED,
      };
    },

    /** Records a refund; the purchase's refunded total moves only from the value it was read at. */
    refundWrites(
      purchase: PurchaseRecord,
      refund: RefundRecord,
      stampRemoved = purchase.stampRemoved,
      paidWith: PaidWith | null = purchase.paidWith,
    ): TxWrite[] {
      return [
        {
          item: {
            Update: {
              TableName: tableName,
              Key: keys.purchase(purchase.purchaseId),
              UpdateExpression:
                'SET refundedFen = :refunded, pointsReversed = :points, growthReversed = :growth, stampRemoved = :stampRemoved, paidWith = :paidWith',
              ConditionExpression: 'refundedFen = :before',
              ExpressionAttributeValues: {
                ':refunded': purchase.refundedFen + refund.refundedFen,
                ':points': purchase.pointsReversed + refund.pointsReversed,
                ':growth': purchase.growthReversed + refund.growthReversed,
                ':before': purchase.refundedFen,
                ':stampRemoved': stampRemoved,
                ':paidWith': paidWith,
              },
            },
          },
          onConditionFailed: PURCHASE_CHANGED,
        },
        {
          item: {
            Put: {
              TableName: tableName,
              Item: {
                ...keys.refund(purchase.purchaseId, refund.refundId),
                ...keys.storeDayIndex(refund.storeId, refund.businessDate, refund.at, 'refund', refund.refundId),
                entity: 'Refund',
                ...refund,
              },
              ConditionExpression: 'attribute_not_exists(pk)',
            },
          },
          onConditionFailed: PURCHASE_CHANGED,
        },
      ];
    },

    /** A member's latest purchases, newest first (the member's purchase index). */
    async memberPurchases(memberId: string, limit: number): Promise<PurchaseRecord[]> {
      const { Items } = await db.send(
        new QueryCommand({
          TableName: tableName,
          ...queries.memberPurchases(memberId),
          ScanIndexForward: false,
          Limit: limit,
        }),
      );
      return (Items ?? []).map((item) => purchaseItem.parse(item));
    },

    /** A store's purchases, refunds and mall hand-outs of one business day, in time order. */
    async storeDay(
      storeId: string,
      date: string,
    ): Promise<{ purchases: PurchaseRecord[]; refunds: RefundRecord[]; handouts: OrderRecord[] }> {
      const items = await queryAll(db, {
        TableName: tableName,
        ...queries.storeDay(storeId, date),
      });
      return {
        purchases: items.filter((item) => item.entity === 'Purchase').map((item) => purchaseItem.parse(item)),
        refunds: items.filter((item) => item.entity === 'Refund').map((item) => refundItem.parse(item)),
        handouts: items.filter((item) => item.entity === 'Order').map((item) => orderRecord.parse(item)),
      };
    },
  };
}

export type PurchasesRepository = ReturnType<typeof purchasesRepository>;
