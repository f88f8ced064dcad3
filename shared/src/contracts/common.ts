import { lazySchema } from '../lazy-schema';
import * as z from 'zod';

/** Business date in program time, `YYYY-MM-DD`, checked to be a real calendar date. */
export const businessDate = lazySchema(() =>
  z.string().refine((value) => {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
    const [y, m, d] = value.split('-').map(Number) as [number, number, number];
    const date = new Date(Date.UTC(y, m - 1, d));
    return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
  }, 'expected a calendar date YYYY-MM-DD'),
);

/** ISO 8601 timestamp with an offset (`Z` or `+08:00`). */
export const isoTimestamp = lazySchema(() => z.iso.datetime({ offset: true }));

export const roleSchema = lazySchema(() => z.enum(['member', 'staff', 'marketer']));
export type Role = z.infer<typeof roleSchema>;

export const storeIdSchema = lazySchema(() => z.string().regex(/^S\d{3,6}$/, 'expected a store id like S001'));
export const openidSchema = lazySchema(() =>
  z
    .string()
    .min(1)
    .max(128)
    .regex(/^[A-Za-z0-9_-]+$/, 'letters, digits, _ and - only'),
);

export const errorBody = lazySchema(() =>
  z.object({
    error: z.object({
      code: z.string(),
      message: z.string(),
      requestId: z.string(),
      details: z.record(z.string(), z.unknown()).optional(),
    }),
  }),
);
export type ErrorBody = z.infer<typeof errorBody>;

/** Every list's `?cursor=`: opaque to clients, bound to its list and caller (checked by the HTTP wrapper). */
export const cursorParam = lazySchema(() => z.string().min(1).max(1024).optional());

export const listQuery = lazySchema(() =>
  z.object({
    limit: z.coerce.number().int().min(1).max(100).default(20),
    cursor: cursorParam,
  }),
);

export const listResponse = <T extends z.ZodType>(item: T) =>
  z.object({ items: z.array(item), nextCursor: z.string().nullable() });

/** Store names by store id, for the stores a response mentions (names change; ids do not). */
export const storeNamesView = lazySchema(() => z.record(z.string(), z.string()));

export const healthResponse = lazySchema(() =>
  z.object({ ok: z.literal(true), stage: z.string(), version: z.string() }),
);
export type HealthResponse = z.infer<typeof healthResponse>;
