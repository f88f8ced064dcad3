import { TransactWriteCommand } from '@aws-sdk/lib-dynamodb';
import type { DocumentClient } from './client';
import { cancellationReasons, isTransactionConflict } from './errors';

type TransactItems = NonNullable<ConstructorParameters<typeof TransactWriteCommand>[0]['TransactItems']>;
export type TransactItem = TransactItems[number];

/**
 * One write of a transaction, tagged with what a failed condition on it means to the use case
 * (e.g. 'receipt-taken', 'member-changed'). Use cases hold these opaquely; only the adapter builds them.
 */
export interface TxWrite {
  readonly item: TransactItem;
  readonly onConditionFailed: string;
}

/** A record written over itself, only if its status is still the one it was read with (a state change). */
export function replaceIfStatus(
  tableName: string,
  item: Record<string, unknown>,
  expectedStatus: string,
  onConditionFailed: string,
): TxWrite {
  return {
    item: {
      Put: {
        TableName: tableName,
        Item: item,
        ConditionExpression: '#status = :expected',
        ExpressionAttributeNames: { '#status': 'status' },
        ExpressionAttributeValues: { ':expected': expectedStatus },
      },
    },
    onConditionFailed,
  };
}

export type CommitOutcome = { ok: true } | { ok: false; failed: string[] } | { ok: false; conflict: true };

const MAX_ITEMS = 100;

/** Runs the writes as one transaction and reports which conditions failed, by their tags. */
export async function commitTransaction(db: DocumentClient, writes: readonly TxWrite[]): Promise<CommitOutcome> {
  if (writes.length === 0) return { ok: true };
  if (writes.length > MAX_ITEMS)
    throw new Error(`a transaction holds at most ${MAX_ITEMS} writes, got ${writes.length}`);
  try {
    await db.send(new TransactWriteCommand({ TransactItems: writes.map((write) => write.item) }));
    return { ok: true };
  } catch (error) {
    if (isTransactionConflict(error)) return { ok: false, conflict: true };
    const reasons = cancellationReasons(error);
    if (!reasons) throw error;
    const failed = reasons.flatMap((code, index) =>
      code === 'ConditionalCheckFailed' ? [writes[index]!.onConditionFailed] : [],
    );
    if (failed.length === 0) return { ok: false, conflict: true };
    return { ok: false, failed };
  }
}
