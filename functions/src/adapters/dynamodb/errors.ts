/**
 * Translation of DynamoDB's condition and transaction failures into facts the use cases can act on.
 * Only this adapter knows the SDK's error names.
 */
export type CancellationCode = 'ConditionalCheckFailed' | 'TransactionConflict' | 'None' | string;

export const isConditionFailed = (error: unknown): boolean =>
  (error as { name?: string } | undefined)?.name === 'ConditionalCheckFailedException';

/** Per-item reasons of a cancelled transaction, or null when the error is something else. */
export function cancellationReasons(error: unknown): CancellationCode[] | null {
  const candidate = error as { name?: string; CancellationReasons?: { Code?: string }[] } | undefined;
  if (candidate?.name !== 'TransactionCanceledException') return null;
  return (candidate.CancellationReasons ?? []).map((reason) => reason.Code ?? 'None');
}

/** Conflicts with another transaction in flight: safe to retry the whole transaction. */
export const isTransactionConflict = (error: unknown): boolean => {
  const name = (error as { name?: string } | undefined)?.name;
  if (name === 'TransactionConflictException') return true;
  const reasons = cancellationReasons(error);
  return !!reasons && reasons.includes('TransactionConflict') && !reasons.includes('ConditionalCheckFailed');
};

const REFUSED_FOR_LOAD = new Set([
  'ThrottlingException',
  'ProvisionedThroughputExceededException',
  'RequestLimitExceeded',
  'InternalServerError',
  'ServiceUnavailable',
]);

/**
 * DynamoDB turned the request away for load (throttled, busy, a transaction in the way) even after the SDK's own
 * retries. The caller may repeat it with the same Idempotency-Key, which can never do anything twice.
 */
export const isRefusedForLoad = (error: unknown): boolean =>
  REFUSED_FOR_LOAD.has((error as { name?: string } | undefined)?.name ?? '') || isTransactionConflict(error);
