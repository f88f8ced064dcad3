import { lazySchema } from '../lazy-schema';
import * as z from 'zod';
import { MAX_IMPORT_CSV_LENGTH, MAX_PRICE_FEN } from './limits';
import { freeText } from './text';

/** The brand's product list (SKU catalog): api.md "Products" in the project's README. */

/** A SKU code as tills print it: letters, digits, `_` and `-`, at most 32 characters, compared as written. */
export const skuCode = lazySchema(() =>
  z
    .string()
    .trim()
    .regex(/^[A-Za-z0-9_-]{1,32}$/, 'letters, digits, _ and - only, at most 32'),
);

const productFields = {
  name: freeText({ max: 40 }),
  category: freeText({ max: 20 }),
  priceFen: z.number().int().min(0).max(MAX_PRICE_FEN),
  /** What the product costs the brand (for margins in the console); unknown is null. */
  costFen: z.number().int().min(0).max(MAX_PRICE_FEN).nullable().default(null),
  /** Hidden products stay on old purchases and in the console, but the counter no longer offers them. */
  hidden: z.boolean().default(false),
};

export const createProductRequest = lazySchema(() => z.strictObject({ sku: skuCode, ...productFields }));
export type CreateProductRequest = z.infer<typeof createProductRequest>;
export const updateProductRequest = lazySchema(() => z.strictObject(productFields));
export type UpdateProductRequest = z.infer<typeof updateProductRequest>;

export const productView = lazySchema(() =>
  z.object({
    sku: z.string(),
    name: z.string(),
    category: z.string(),
    priceFen: z.number().int(),
    costFen: z.number().int().nullable(),
    hidden: z.boolean(),
    updatedAt: z.string(),
  }),
);
export type ProductView = z.infer<typeof productView>;

export const productListResponse = lazySchema(() => z.object({ items: z.array(productView), nextCursor: z.null() }));
export type ProductListResponse = z.infer<typeof productListResponse>;

/** The counter's picker: the products on offer (not hidden), by category then name. */
export const counterProductsResponse = lazySchema(() =>
  z.object({
    items: z.array(productView.pick({ sku: true, name: true, category: true, priceFen: true })),
  }),
);
export type CounterProductsResponse = z.infer<typeof counterProductsResponse>;

export const productImportRequest = lazySchema(() =>
  z.strictObject({
    csv: z.string().min(1).max(MAX_IMPORT_CSV_LENGTH, 'at most 200 KB'),
  }),
);
export type ProductImportRequest = z.infer<typeof productImportRequest>;

export const productImportOutcome = lazySchema(() => z.enum(['created', 'updated', 'unchanged', 'refused']));
export const productImportResponse = lazySchema(() =>
  z.object({
    created: z.number().int(),
    updated: z.number().int(),
    unchanged: z.number().int(),
    refused: z.number().int(),
    /** One entry per data line, in order: line is the line number in the file (the header is line 1). */
    lines: z.array(
      z.object({
        line: z.number().int(),
        sku: z.string().nullable(),
        outcome: productImportOutcome,
        reason: z.string().nullable(),
      }),
    ),
  }),
);
export type ProductImportResponse = z.infer<typeof productImportResponse>;
