import { type DomainError, errorCatalog, type ErrorCode } from '@app/shared';
import type { ZodError } from 'zod';
import type { HttpResult } from './lambda-types';

export function json(statusCode: number, body: unknown, requestId: string): HttpResult {
  return {
    statusCode,
    headers: { 'content-type': 'application/json; charset=utf-8', 'x-request-id': requestId },
    body: JSON.stringify(body),
  };
}

/** A use case's answer that is a file (CSV exports), not JSON. */
export class FileBody {
  constructor(
    readonly contentType: string,
    readonly filename: string,
    readonly content: string,
  ) {}
}

export function fileResult(statusCode: number, file: FileBody, requestId: string): HttpResult {
  return {
    statusCode,
    headers: {
      'content-type': file.contentType,
      'content-disposition': `attachment; filename="${file.filename}"`,
      'x-request-id': requestId,
    },
    body: file.content,
  };
}

export function errorResult(
  code: ErrorCode,
  requestId: string,
  message?: string,
  details?: Record<string, unknown>,
): HttpResult {
  const error = { code, message: message ?? errorCatalog[code].message, requestId, ...(details ? { details } : {}) };
  return json(errorCatalog[code].status, { error }, requestId);
}

export const domainErrorResult = (error: DomainError, requestId: string): HttpResult =>
  errorResult(error.code, requestId, error.message, error.details);

/** Every bad field, named by its path, so a client can point at it. */
export function validationDetails(error: ZodError, prefix: string): Record<string, unknown> {
  return {
    issues: error.issues.map((issue) => ({
      path: [prefix, ...issue.path.map(String)].join('.'),
      message: issue.message,
    })),
  };
}
