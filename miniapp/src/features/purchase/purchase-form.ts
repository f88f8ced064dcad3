import {
  MAX_PRICE_FEN,
  MAX_RECEIPT_NO_LENGTH,
  MAX_SKU_LINES,
  MAX_SKU_QUANTITY,
  type PurchasePreviewRequest,
  type PurchaseRequest,
} from '@app/shared';
import { formatFen, parseYuan } from '../../lib/money';
import type { PaymentChoice } from './payment-choice';

/** Who is buying: the ticket the scan gave (5 minutes) once there is one, else the member code as scanned. */
export type MemberAtCounter = { memberCode: string } | { counterTicket: string };

/** One optional SKU line as typed: strings until validated. */
export interface SkuLineDraft {
  id: string;
  sku: string;
  quantity: string;
  unitPrice: string;
}

/** What the cashier has typed so far, and the coupon picked (at most one per purchase). */
export interface PurchaseDraft {
  amount: string;
  receiptNo: string;
  lines: SkuLineDraft[];
  couponId: string | null;
  /** The wallet / points-as-cash choice made on a preview (none: all cash). */
  payment?: PaymentChoice | null;
}

export interface PurchaseFormErrors {
  amount?: string;
  receiptNo?: string;
  /** About the lines as a whole (e.g. they add up to more than the amount). */
  lines?: string;
  /** Per line id. */
  line?: Record<string, string>;
}

export const emptyDraft = (couponId: string | null = null): PurchaseDraft => ({
  amount: '',
  receiptNo: '',
  lines: [],
  couponId,
});

let lineSeq = 0;
export const newLine = (): SkuLineDraft => ({ id: `line-${++lineSeq}`, sku: '', quantity: '1', unitPrice: '' });

const isBlankLine = (line: SkuLineDraft) =>
  !line.sku.trim() && !line.unitPrice.trim() && (!line.quantity.trim() || line.quantity.trim() === '1');

export const hasErrors = (errors: PurchaseFormErrors): boolean =>
  !!(errors.amount || errors.receiptNo || errors.lines || (errors.line && Object.keys(errors.line).length > 0));

type Built = { ok: true; body: PurchaseRequest } | { ok: false; errors: PurchaseFormErrors };

/**
 * The request a draft stands for, or what is wrong with it in words the cashier can act on. The rules are the
 * API's (purchaseRequest of @app/shared): amount > 0 in fen, receipt of letters/digits/_/-, SKU lines of
 * quantity 1–999 whose total is not above the amount, at most one coupon (`couponIds: [id]`). Blank lines are left out.
 */
export function buildPurchase(who: MemberAtCounter, draft: PurchaseDraft): Built {
  const errors: PurchaseFormErrors = {};
  const amount = parseYuan(draft.amount);
  if (!amount.ok) errors.amount = amount.error === '请输入金额' ? '请输入消费金额' : amount.error;

  const receiptNo = draft.receiptNo.trim();
  const receiptError = receiptNoError(receiptNo);
  if (receiptError) errors.receiptNo = receiptError;

  const items: NonNullable<PurchaseRequest['items']> = [];
  const lineErrors: Record<string, string> = {};
  for (const line of draft.lines) {
    if (isBlankLine(line)) continue;
    const sku = line.sku.trim();
    const quantity = /^\d+$/.test(line.quantity.trim()) ? Number(line.quantity.trim()) : NaN;
    const price = parseYuan(line.unitPrice, { allowZero: true, max: MAX_PRICE_FEN });
    if (!sku) lineErrors[line.id] = '请填写商品编码';
    else if (sku.length > MAX_RECEIPT_NO_LENGTH) lineErrors[line.id] = `商品编码最多 ${MAX_RECEIPT_NO_LENGTH} 位`;
    else if (!(quantity >= 1 && quantity <= MAX_SKU_QUANTITY))
      lineErrors[line.id] = `数量为 1–${MAX_SKU_QUANTITY} 的整数`;
    else if (!price.ok)
      lineErrors[line.id] = price.error === '请输入金额' ? '请填写单价' : `单价${price.error.replace(/^金额/, '')}`;
    else items.push({ sku, quantity, unitPriceFen: price.fen });
  }
  if (Object.keys(lineErrors).length > 0) errors.line = lineErrors;
  if (items.length > MAX_SKU_LINES) errors.lines = `商品最多 ${MAX_SKU_LINES} 行`;

  if (amount.ok && !errors.line) {
    const total = linesTotalFen(items);
    if (total > amount.fen) errors.lines = `商品合计 ${formatFen(total)} 超过了消费金额 ${formatFen(amount.fen)}`;
  }

  if (hasErrors(errors) || !amount.ok) return { ok: false, errors };
  return {
    ok: true,
    body: {
      ...who,
      receiptNo,
      amountFen: amount.fen,
      ...(items.length > 0 ? { items } : {}),
      ...(draft.couponId ? { couponIds: [draft.couponId] } : {}),
      ...(draft.payment?.walletFen ? { walletFen: draft.payment.walletFen } : {}),
      ...(draft.payment?.pointsToUse ? { pointsToUse: draft.payment.pointsToUse } : {}),
    },
  };
}

/** What is wrong with a (trimmed) receipt number, by the API's rule, or null: every counter action asks for one. */
export function receiptNoError(receiptNo: string): string | null {
  if (!receiptNo) return '请输入小票号';
  if (receiptNo.length > MAX_RECEIPT_NO_LENGTH) return `小票号最多 ${MAX_RECEIPT_NO_LENGTH} 位`;
  if (!/^[A-Za-z0-9_-]+$/.test(receiptNo)) return '小票号只能包含字母、数字、- 和 _';
  return null;
}

/** The preview asks for the same thing minus the receipt number. */
export function previewBody(body: PurchaseRequest): PurchasePreviewRequest {
  const { receiptNo: _receiptNo, ...rest } = body;
  return rest;
}

export const linesTotalFen = (items: ReadonlyArray<{ quantity: number; unitPriceFen: number }>): number =>
  items.reduce((sum, item) => sum + item.quantity * item.unitPriceFen, 0);

/** The total of the lines typed so far that can be read (for the live 商品合计 line), or null. */
export function draftLinesTotalFen(lines: readonly SkuLineDraft[]): number | null {
  let total = 0;
  let any = false;
  for (const line of lines) {
    const price = parseYuan(line.unitPrice, { allowZero: true });
    const quantity = Number(line.quantity.trim());
    if (!price.ok || !Number.isInteger(quantity) || quantity < 1) continue;
    total += price.fen * quantity;
    any = true;
  }
  return any ? total : null;
}

/** VALIDATION_FAILED details (`issues[].path` like `body.amountFen`) mapped onto the form's fields. */
export function errorsFromIssues(details: Record<string, unknown> | undefined): PurchaseFormErrors {
  const issues = Array.isArray(details?.issues) ? (details!.issues as { path?: unknown }[]) : [];
  const errors: PurchaseFormErrors = {};
  for (const issue of issues) {
    const path = typeof issue.path === 'string' ? issue.path : '';
    if (path.startsWith('body.amountFen')) errors.amount = '消费金额不正确';
    else if (path.startsWith('body.receiptNo')) errors.receiptNo = '小票号不正确';
    else if (path.startsWith('body.items')) errors.lines = '商品明细有误，请检查数量和单价';
  }
  return errors;
}
