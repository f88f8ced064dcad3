import { lazySchema } from '../lazy-schema';
import * as z from 'zod';
import { businessDate } from './common';
import { audienceMember } from './campaigns';

/** The sales analytics of seed 001 (issue 19): by SKU, store, staff member and home store, and 消费预警. */

/** CSV exports of these figures, beside the dashboard's (`GET /v1/admin/analytics/export?report=`). */
export const salesExportReports = ['skus', 'staff', 'home-stores', 'spend-drop'] as const;

export const skuSales = lazySchema(() =>
  z.object({
    sku: z.string(),
    /** The product's name where the catalog knows the SKU, else the SKU code itself. */
    name: z.string(),
    quantity: z.number().int(),
    /** Σ quantity × unit price of the receipt lines (before discounts; refunds are by amount, not by line). */
    revenueFen: z.number().int(),
    /** revenueFen / the revenue of every SKU in the range (0..1, 4 decimals). */
    share: z.number(),
    /** revenueFen − quantity × the catalog's cost; null where the catalog has no cost for the SKU. */
    marginFen: z.number().int().nullable(),
  }),
);

export const storeSales = lazySchema(() =>
  z.object({
    storeId: z.string(),
    name: z.string(),
    purchases: z.number().int(),
    salesFen: z.number().int(),
    refundsFen: z.number().int(),
    /** Members whose home store it is (all time, not the range). */
    homeMembers: z.number().int(),
  }),
);

export const staffSales = lazySchema(() =>
  z.object({
    rank: z.number().int(),
    staffId: z.string(),
    name: z.string(),
    storeId: z.string(),
    storeName: z.string(),
    purchases: z.number().int(),
    salesFen: z.number().int(),
    refunds: z.number().int(),
    refundsFen: z.number().int(),
  }),
);

export const spendDropMember = lazySchema(() =>
  audienceMember.extend({
    previousFen: z.number().int(),
    recentFen: z.number().int(),
    dropShare: z.number(),
  }),
);

export const salesAnalytics = lazySchema(() =>
  z.object({
    from: businessDate,
    to: businessDate,
    skus: z.array(skuSales),
    stores: z.array(storeSales),
    staff: z.array(staffSales),
    homeStores: z.object({
      /** Members without a home store yet (no purchase, registered outside a store). */
      unknown: z.number().int(),
      total: z.number().int(),
    }),
    spendDrop: z.object({
      count: z.number().int(),
      sample: z.array(spendDropMember),
      /** The audience that targets them in a campaign (the 一键发券 of the list). */
      audience: z.object({ segments: z.array(z.string()) }),
    }),
  }),
);
export type SalesAnalytics = z.infer<typeof salesAnalytics>;
