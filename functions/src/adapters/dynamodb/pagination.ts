import { DomainError } from '@app/shared';

/** Opaque list cursors: DynamoDB's LastEvaluatedKey, base64url-encoded. */
export const encodeCursor = (lastKey: Record<string, unknown> | undefined): string | null =>
  lastKey ? Buffer.from(JSON.stringify(lastKey)).toString('base64url') : null;

export function decodeCursor(cursor: string | undefined): Record<string, unknown> | undefined {
  if (!cursor) return undefined;
  try {
    const parsed: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (parsed && typeof parsed === 'object' && !Array.isArray(parsed)) return parsed as Record<string, unknown>;
  } catch {
    // fall through to the validation error
  }
  throw new DomainError('VALIDATION_FAILED', '无效的分页参数', {
    issues: [{ path: 'cursor', message: 'invalid cursor' }],
  });
}
