/**
 * Limits the contracts enforce, named once: the schemas are built with them and the mini-program's forms import
 * them, so a form never promises what the API refuses (nor refuses what it takes).
 */

/** The largest amount of one request (¥1,000,000.00): a purchase, a refund, a coupon's minimum spend. */
export const MAX_AMOUNT_FEN = 100_000_000;
/** The largest unit price of a SKU line, and a coupon's value or cap (¥100,000.00). */
export const MAX_PRICE_FEN = 10_000_000;
/** SKU lines of one purchase, and the units of one line. */
export const MAX_SKU_LINES = 100;
export const MAX_SKU_QUANTITY = 999;
/** A receipt number, and a SKU code. */
export const MAX_RECEIPT_NO_LENGTH = 40;
/** Units of one mall order. */
export const MAX_ORDER_QUANTITY = 99;
/** memberNos of one audience or one bulk tagging. */
export const MAX_MEMBER_NOS = 10_000;
/** Days a coupon is good for, and days without a purchase an audience may ask about. */
export const MAX_VALIDITY_DAYS = 3650;
/** A claim campaign's stock, and how many coupons of it one member may claim. */
export const MAX_CAMPAIGN_STOCK = 10_000_000;
export const MAX_PER_MEMBER_LIMIT = 20;
/** Points one marketer adjustment adds or takes. */
export const MAX_POINTS_ADJUSTMENT = 1_000_000;
/** Products (SKUs) in the brand's list, and data lines of one CSV import (its text at most 200 KB). */
export const MAX_PRODUCTS = 2000;
export const MAX_IMPORT_LINES = 500;
export const MAX_IMPORT_CSV_LENGTH = 200_000;
