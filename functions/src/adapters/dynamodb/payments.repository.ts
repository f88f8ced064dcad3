import { GetCommand, PutCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import type { DocumentClient } from './client';
import { isConditionFailed } from './errors';
import { paymentOrderItem, type PaymentOrderRecord } from './items';
import { keys } from './keys';
import { queries } from './queries';
import { queryAll } from './query-all';
import type { TxWrite } from './transactions';

export const PAY_ORDER_SETTLED = 'pay-order-settled';

type Settled = 'paid' | 'closed';

/**
 * Payment orders (one per thing a member pays for with WeChat Pay). An order leaves `awaiting_payment` exactly once:
 * to `paid` in the transaction that fulfils it, or to `closed` — each write conditional on the status, so a second
 * notification, a reconcile run or a close racing a payment finds the order settled and does nothing.
 */
export function paymentsRepository(db: DocumentClient, tableName: string) {
  const get = async (outTradeNo: string): Promise<PaymentOrderRecord | undefined> => {
    const { Item } = await db.send(
      new GetCommand({ TableName: tableName, Key: keys.payOrder(outTradeNo), ConsistentRead: true }),
    );
    return Item ? paymentOrderItem.parse(Item) : undefined;
  };
  return {
    async create(order: PaymentOrderRecord): Promise<void> {
      await db.send(
        new PutCommand({
          TableName: tableName,
          Item: {
            ...keys.payOrder(order.outTradeNo),
            ...keys.payOrderDueIndex(order.createdAt, order.outTradeNo),
            entity: 'PaymentOrder',
            ...order,
          },
          ConditionExpression: 'attribute_not_exists(pk)',
        }),
      );
    },

    get,

    /** Orders still awaiting payment that were created before an instant, oldest first. */
    async awaitingSince(beforeIso: string): Promise<string[]> {
      const items = await queryAll(db, {
        TableName: tableName,
        ...queries.payOrdersCreatedBefore(beforeIso),
        ProjectionExpression: 'outTradeNo',
      });
      return items.map((item) => item.outTradeNo as string);
    },

    /** The order leaves awaiting_payment (and the reconcile index) — only if it still awaits payment. */
    settleWrite(outTradeNo: string, to: Settled, fields: { at: string; transactionId?: string | null }): TxWrite {
      const values: Record<string, unknown> = { ':to': to, ':awaiting': 'awaiting_payment', ':at': fields.at };
      let sets = '#status = :to';
      if (to === 'paid') {
        sets += ', paidAt = :at, transactionId = :tx';
        values[':tx'] = fields.transactionId ?? null;
      } else sets += ', closedAt = :at';
      return {
        item: {
          Update: {
            TableName: tableName,
            Key: keys.payOrder(outTradeNo),
            UpdateExpression: `SET ${sets} REMOVE gsi1pk, gsi1sk`,
            ConditionExpression: '#status = :awaiting',
            ExpressionAttributeNames: { '#status': 'status' },
            ExpressionAttributeValues: values,
          },
        },
        onConditionFailed: PAY_ORDER_SETTLED,
      };
    },

    /** A refund asked of WeChat Pay for a paid order (status refunded once the whole amount is asked back). */
    refundWrite(
      order: PaymentOrderRecord,
      refund: { outRefundNo: string; refundFen: number; status: string; at: string },
    ): TxWrite {
      const refunded = order.refunds.reduce((sum, r) => sum + r.refundFen, 0) + refund.refundFen;
      return {
        item: {
          Update: {
            TableName: tableName,
            Key: keys.payOrder(order.outTradeNo),
            UpdateExpression: 'SET refunds = list_append(refunds, :refund), #status = :status',
            ConditionExpression: '#status = :paid AND size(refunds) = :count',
            ExpressionAttributeNames: { '#status': 'status' },
            ExpressionAttributeValues: {
              ':refund': [refund],
              ':status': refunded >= order.amountFen ? 'refunded' : 'paid',
              ':paid': 'paid',
              ':count': order.refunds.length,
            },
          },
        },
        onConditionFailed: PAY_ORDER_SETTLED,
      };
    },

    /**
     * WeChat Pay's word on a refund (REFUND.SUCCESS / ABNORMAL / CLOSED) on its record: a repeat writes the same;
     * a refund that succeeded stays succeeded. False when the order has no such refund or it had already succeeded.
     */
    async refundSettled(
      outTradeNo: string,
      refund: { outRefundNo: string; status: string; at: string; receivedInto: string | null },
    ): Promise<boolean> {
      const order = await get(outTradeNo);
      const index = order?.refunds.findIndex((r) => r.outRefundNo === refund.outRefundNo) ?? -1;
      if (index < 0) return false;
      try {
        await db.send(
          new UpdateCommand({
            TableName: tableName,
            Key: keys.payOrder(outTradeNo),
            UpdateExpression: `SET refunds[${index}].#status = :status, refunds[${index}].settledAt = :at, refunds[${index}].receivedInto = :into`,
            ConditionExpression: `refunds[${index}].outRefundNo = :no AND refunds[${index}].#status <> :success`,
            ExpressionAttributeNames: { '#status': 'status' },
            ExpressionAttributeValues: {
              ':status': refund.status,
              ':at': refund.at,
              ':into': refund.receivedInto,
              ':no': refund.outRefundNo,
              ':success': 'SUCCESS',
            },
          }),
        );
        return true;
      } catch (error) {
        if (isConditionFailed(error)) return false;
        throw error;
      }
    },
  };
}

export type PaymentsRepository = ReturnType<typeof paymentsRepository>;
