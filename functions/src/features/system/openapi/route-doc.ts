import type * as z from 'zod';
import type { ErrorCode } from '@app/shared';
import type { HttpHandler } from '../../../http/route';

/** A route of serverless.yml with what its handler does not say itself: what it answers, and what it refuses. */
export interface RouteDoc {
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  path: string;
  /** The route's handler: its spec (access, contract, Idempotency-Key) is the one the request goes through. */
  handler: HttpHandler;
  summary: string;
  /** The success body's schema, or CSV for a file. */
  response: z.ZodType | typeof CSV;
  /** Business refusals besides those every route of its kind can answer (validation, auth, idempotency, BUSY). */
  errors: readonly ErrorCode[];
}

/** A `text/csv` answer (the dashboard's exports). */
export const CSV = Symbol('text/csv');
