import { GetCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import type { DocumentClient } from './client';
import { isConditionFailed } from './errors';
import {
  activationCodeItem,
  codeBatchItem,
  moneyOrderItem,
  planItem,
  planTermItem,
  type ActivationCodeRecord,
  type CodeBatchRecord,
  type MoneyOrderRecord,
  type PlanRecord,
  type PlanTermRecord,
} from './items';
import { keys, ttlAfter } from './keys';
import { queries } from './queries';
import { queryAll } from './query-all';
import { replaceIfStatus, type TxWrite } from './transactions';

export const PLAN_CHANGED = 'plan-changed';
export const MONEY_ORDER_CHANGED = 'money-order-changed';
export const TERM_CHANGED = 'term-changed';
export const ACTIVATION_CODE_TAKEN = 'activation-code-taken';
export const CODE_ATTEMPTS_EXHAUSTED = 'code-attempts-exhausted';

const put = (tableName: string, Item: Record<string, unknown>, ConditionExpression: string, tag: string): TxWrite => ({
  item: { Put: { TableName: tableName, Item, ConditionExpression } },
  onConditionFailed: tag,
});

/**
 * Paid membership: plans, the orders of plans and punch cards (however paid), membership terms, activation codes.
 * A code is used by one conditional write (unused, not expired); an order changes status conditional on the status
 * it was read with; a term is written once.
 */
export function plansRepository(db: DocumentClient, tableName: string) {
  const get = async (key: Record<string, string>) =>
    (await db.send(new GetCommand({ TableName: tableName, Key: key, ConsistentRead: true }))).Item;
  const orderItem = (order: MoneyOrderRecord) => ({
    ...keys.moneyOrder(order.orderId),
    ...keys.memberMoneyOrderIndex(order.memberId, order.createdAt, order.orderId),
    entity: 'MoneyOrder',
    ...order,
  });
  return {
    async plans(): Promise<PlanRecord[]> {
      const items = await queryAll(db, { TableName: tableName, ...queries.plans() });
      return items.map((item) => planItem.parse(item)).sort((a, b) => a.periodDays - b.periodDays);
    },
    async plan(planId: string): Promise<PlanRecord | undefined> {
      const item = await get(keys.plan(planId));
      return item ? planItem.parse(item) : undefined;
    },
    planWrite(plan: PlanRecord, mustExist: boolean): TxWrite {
      const condition = mustExist ? 'attribute_exists(pk)' : 'attribute_not_exists(pk)';
      return put(tableName, { ...keys.plan(plan.planId), entity: 'Plan', ...plan }, condition, PLAN_CHANGED);
    },

    async order(orderId: string): Promise<MoneyOrderRecord | undefined> {
      const item = await get(keys.moneyOrder(orderId));
      return item ? moneyOrderItem.parse(item) : undefined;
    },
    orderCreateWrite(order: MoneyOrderRecord): TxWrite {
      return put(tableName, orderItem(order), 'attribute_not_exists(pk)', MONEY_ORDER_CHANGED);
    },
    /** The order's new state, conditional on the status it was read with. */
    orderReplaceWrite(order: MoneyOrderRecord, expected: MoneyOrderRecord['status']): TxWrite {
      return replaceIfStatus(tableName, orderItem(order), expected, MONEY_ORDER_CHANGED);
    },
    async ordersOfMember(memberId: string): Promise<MoneyOrderRecord[]> {
      const items = await queryAll(db, {
        TableName: tableName,
        ...queries.memberMoneyOrders(memberId),
        ScanIndexForward: false,
      });
      return items.map((item) => moneyOrderItem.parse(item));
    },

    termWrite(term: PlanTermRecord, expected: PlanTermRecord['status'] | null): TxWrite {
      const item = {
        ...keys.planTerm(term.memberId, term.startsAt, term.termId),
        ...keys.planTermEndIndex(term.endsAt, term.termId),
        entity: 'PlanTerm',
        ...term,
      };
      if (!expected) return put(tableName, item, 'attribute_not_exists(pk)', TERM_CHANGED);
      return replaceIfStatus(tableName, item, expected, TERM_CHANGED);
    },
    async termsOfMember(memberId: string): Promise<PlanTermRecord[]> {
      const items = await queryAll(db, {
        TableName: tableName,
        ...queries.memberPlanTerms(memberId),
        ConsistentRead: true,
      });
      return items.map((item) => planTermItem.parse(item));
    },
    /** Terms that end after an instant (the ones still running, and those to come), by their end. */
    async termsEndingAfter(iso: string): Promise<PlanTermRecord[]> {
      const items = await queryAll(db, { TableName: tableName, ...queries.planTermsEndingAfter(iso) });
      return items.map((item) => planTermItem.parse(item));
    },

    async code(codeHash: string): Promise<ActivationCodeRecord | undefined> {
      const item = await get(keys.activationCode(codeHash));
      return item ? activationCodeItem.parse(item) : undefined;
    },
    codeCreateWrite(code: ActivationCodeRecord): TxWrite {
      const item = { ...keys.activationCode(code.codeHash), entity: 'ActivationCode', ...code };
      return put(tableName, item, 'attribute_not_exists(pk)', ACTIVATION_CODE_TAKEN);
    },
    /** The code's single use: it exists, nobody used it, and its batch has not expired — in the one write. */
    codeUseWrite(codeHash: string, memberId: string, at: string): TxWrite {
      return {
        item: {
          Update: {
            TableName: tableName,
            Key: keys.activationCode(codeHash),
            UpdateExpression: 'SET usedBy = :member, usedAt = :at',
            ConditionExpression: 'attribute_exists(pk) AND usedBy = :nobody AND expiresAt > :at',
            ExpressionAttributeValues: { ':member': memberId, ':at': at, ':nobody': null },
          },
        },
        onConditionFailed: ACTIVATION_CODE_TAKEN,
      };
    },
    batchWrite(batch: CodeBatchRecord): TxWrite {
      const item = { ...keys.codeBatch(batch.batchId), entity: 'CodeBatch', ...batch };
      return put(tableName, item, 'attribute_not_exists(pk)', ACTIVATION_CODE_TAKEN);
    },
    async batches(): Promise<CodeBatchRecord[]> {
      const items = await queryAll(db, {
        TableName: tableName,
        KeyConditionExpression: 'pk = :pk',
        ExpressionAttributeValues: { ':pk': keys.codeBatch('').pk },
      });
      return items.map((item) => codeBatchItem.parse(item));
    },

    /** The member's failed attempts in a window so far. */
    async failedAttempts(memberId: string, window: number): Promise<number> {
      const item = await get(keys.codeAttempts(memberId, window));
      return (item?.n as number | undefined) ?? 0;
    },
    /** Counts one failed attempt, only while the member is under the limit: false once the limit is reached. */
    async countFailedAttempt(memberId: string, window: number, max: number, nowMs: number): Promise<boolean> {
      try {
        await db.send(
          new UpdateCommand({
            TableName: tableName,
            Key: keys.codeAttempts(memberId, window),
            UpdateExpression: 'ADD n :one SET #ttl = :ttl',
            ConditionExpression: 'attribute_not_exists(n) OR n < :max',
            ExpressionAttributeNames: { '#ttl': 'ttl' },
            ExpressionAttributeValues: { ':one': 1, ':max': max, ':ttl': ttlAfter(nowMs, 2 * 3600) },
          }),
        );
        return true;
      } catch (error) {
        if (isConditionFailed(error)) return false;
        throw error;
      }
    },
    /** Inside a redemption: the member is still under the limit of failed attempts. */
    attemptsCheckWrite(memberId: string, window: number, max: number): TxWrite {
      return {
        item: {
          ConditionCheck: {
            TableName: tableName,
            Key: keys.codeAttempts(memberId, window),
            ConditionExpression: 'attribute_not_exists(n) OR n < :max',
            ExpressionAttributeValues: { ':max': max },
          },
        },
        onConditionFailed: CODE_ATTEMPTS_EXHAUSTED,
      };
    },
  };
}

export type PlansRepository = ReturnType<typeof plansRepository>;
