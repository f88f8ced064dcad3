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
  /** Reads by what they read (command and the key's kind), so a bench can say which read an operation still makes. */
  const readsByKind = new Map<string, number>();
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
      if (readCommands.has(command)) {
        totals.reads++;
        const kind = `${command.replace('Command', '')} ${kindOfRead(input)}`;
        readsByKind.set(kind, (readsByKind.get(kind) ?? 0) + 1);
      } else if (command === 'TransactWriteItemsCommand') totals.transactions++;
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
      readsByKind.clear();
    },
    /** "GetItem MEMBER 1.00, Query LOT 0.50" per operation, most frequent first. */
    readsPer(operations: number): string {
      return [...readsByKind.entries()]
        .sort((a, b) => b[1] - a[1])
        .map(([kind, n]) => `${kind} ${(n / operations).toFixed(2)}`)
        .join(', ');
    },
  };
}

/** The kind of item a read asks for: the key prefixes (up to the first `#`), and the index for a query. */
function kindOfRead(input: Record<string, unknown>): string {
  const prefix = (value: unknown) => String(value ?? '').split('#')[0];
  const key = input.Key as Record<string, unknown> | undefined;
  if (key) return `${prefix(key.pk)}/${prefix(key.sk)}`;
  const values = (input.ExpressionAttributeValues ?? {}) as Record<string, unknown>;
  const index = input.IndexName ? `${String(input.IndexName)}:` : '';
  const first = Object.values(values)[0];
  if (first !== undefined) return `${index}${prefix(first)}`;
  const items = (input.RequestItems ?? {}) as Record<string, { Keys?: Record<string, unknown>[] }>;
  const keysOf = Object.values(items)[0]?.Keys ?? [];
  return `batch ${[...new Set(keysOf.map((k) => `${prefix(k.pk)}/${prefix(k.sk)}`))].join('+')}`;
}
