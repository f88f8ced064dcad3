import type * as z from 'zod';

/**
 * Items as read back from the table, checked with zod so a malformed item fails loudly, not silently.
 * One file per part of the model; this is the one place the repositories import them from.
 */
export * from './members';
export * from './purchases';
export * from './mall';
export * from './coupons';
export * from './accounts';
export * from './pending-rewards';
export * from './wallet';
export * from './plans';

/** Strips the key attributes before parsing an item with its schema. */
export function parseItem<T>(schema: z.ZodType<T>, item: Record<string, unknown> | undefined): T | undefined {
  if (!item) return undefined;
  return schema.parse(item);
}
