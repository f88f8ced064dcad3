import { errorCatalog } from '@app/shared';
import { type ApiError, messageFor } from '../../lib/api-error';

/**
 * At the counter every unreadable code means the same thing to the cashier — ask for a fresh one — so a
 * malformed code reads like an invalid one. Other errors keep the server's message.
 */
export function scanErrorMessage(error: ApiError): string {
  if (error.code === 'VALIDATION_FAILED' || error.code === 'NOT_FOUND') return errorCatalog.CODE_INVALID.message;
  return error.message || messageFor(error.code);
}
