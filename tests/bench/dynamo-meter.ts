import type { DocumentClient } from '../../functions/src/adapters/dynamodb';

/**
 * Counts the DynamoDB requests a client sends and the capacity they consume: every request asks for
 * ReturnConsumedCapacity=TOTAL, and the answers are summed by kind. Cancelled transactions are counted apart.
 */
export function meterClient(client: DocumentClient) {
  const totals = {
    requests: 0,
    reads: 0,
    transactions: 0,
    writes: 0,
    readUnits: 0,
    writeUnits: 0,
    cancelledTransactions: 0,
  };
  const readCommands = new Set(['GetItemCommand', 'QueryCommand', 'BatchGetItemCommand', 'ScanCommand']);
  client.middlewareStack.add(
    (next, context) => async (args) => {
      const input = args.input as Record<string, unknown>;
      input.ReturnConsumedCapacity = 'TOTAL';
      const command = (context as { commandName?: string }).commandName ?? '';
      let result: Awaited<ReturnType<typeof next>>;
      try {
        result = await next(args);
      } catch (error) {
        // A cancelled transaction (a failed condition or a conflict) is a request too: the retries are the cost of contention.
        totals.requests++;
        if (command === 'TransactWriteItemsCommand') totals.cancelledTransactions++;
        throw error;
      }
      totals.requests++;
      if (readCommands.has(command)) totals.reads++;
      else if (command === 'TransactWriteItemsCommand') totals.transactions++;
      else totals.writes++;
      const consumed = (result.output as { ConsumedCapacity?: unknown }).ConsumedCapacity;
      for (const entry of Array.isArray(consumed) ? consumed : consumed ? [consumed] : []) {
        const { ReadCapacityUnits = 0, WriteCapacityUnits = 0, CapacityUnits = 0 } = entry as Record<string, number>;
        totals.readUnits += ReadCapacityUnits;
        totals.writeUnits += WriteCapacityUnits || (command === 'TransactWriteItemsCommand' ? CapacityUnits : 0);
        if (readCommands.has(command) && !ReadCapacityUnits) totals.readUnits += CapacityUnits;
      }
      return result;
    },
    { step: 'initialize', name: 'meterDynamoDb' },
  );
  return {
    totals,
    reset() {
      for (const key of Object.keys(totals) as (keyof typeof totals)[]) totals[key] = 0;
    },
  };
}
