import { MAX_SKU_QUANTITY } from '@app/shared';
import { fenToYuanText } from '../../lib/money';
import { draftLinesTotalFen, newLine, type PurchaseDraft } from '../purchase/purchase-form';
import type { PickableProduct } from './product-filter';

/**
 * The draft after one tap on a product: one more unit on the line of its SKU, or a new line with its price (a
 * blank line is used first). The amount follows the lines while it is empty or still the lines' total; an amount
 * the cashier typed (the till's total, say) stays.
 */
export function withPickedProduct(draft: PurchaseDraft, product: PickableProduct): PurchaseDraft {
  const same = draft.lines.find((line) => line.sku.trim() === product.sku);
  const blank = draft.lines.find((line) => !line.sku.trim() && !line.unitPrice.trim());
  const price = fenToYuanText(product.priceFen);
  const lines = same
    ? draft.lines.map((line) =>
        line === same
          ? { ...line, quantity: String(Math.min(MAX_SKU_QUANTITY, (Number(line.quantity) || 0) + 1)) }
          : line,
      )
    : blank
      ? draft.lines.map((line) =>
          line === blank ? { ...line, sku: product.sku, quantity: '1', unitPrice: price } : line,
        )
      : [...draft.lines, { ...newLine(), sku: product.sku, unitPrice: price }];
  const before = draftLinesTotalFen(draft.lines);
  const follows = draft.amount.trim() === '' || (before !== null && draft.amount.trim() === fenToYuanText(before));
  const total = draftLinesTotalFen(lines);
  return { ...draft, lines, amount: follows && total !== null ? fenToYuanText(total) : draft.amount };
}

/** Units of each SKU in the lines, for the picker's rows. */
export function unitsBySku(draft: PurchaseDraft): Record<string, number> {
  const units: Record<string, number> = {};
  for (const line of draft.lines) {
    const sku = line.sku.trim();
    if (sku) units[sku] = (units[sku] ?? 0) + (Number(line.quantity) || 0);
  }
  return units;
}
