import { DomainError } from '@app/shared';

/**
 * Where a list page stopped: DynamoDB's LastEvaluatedKey, base64url-encoded. Clients never see it bare: the HTTP
 * wrapper seals it to the list and caller (http/list-cursors.ts), so only positions we made come back here.
 */
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
    issues: [{ path: 'query.cursor', message: 'invalid cursor' }],
  });
}
