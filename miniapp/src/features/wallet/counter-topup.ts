import type { StoreTopupRequest, WalletPackagesResponse } from '@app/shared';
import type { ApiError } from '../../lib/api-error';
import { formatFen, parseYuan } from '../../lib/money';
import type { MemberAtCounter } from '../purchase/purchase-form';
import { receiptNoError } from '../purchase/purchase-form';

/** What staff chose at the till: a package, or an amount typed in yuan; and the receipt number. */
export interface CounterTopupDraft {
  choice: { packageId: string } | { custom: string };
  receiptNo: string;
}

export interface CounterTopupErrors {
  amount?: string;
  receiptNo?: string;
}

type Built = { ok: true; request: StoreTopupRequest; payFen: number } | { ok: false; errors: CounterTopupErrors };

/** The amount the chosen package or custom amount collects at the till (0 when not readable yet). */
export function chosenPayFen(draft: CounterTopupDraft, offer: WalletPackagesResponse): number {
  if ('packageId' in draft.choice) {
    const { packageId } = draft.choice;
    return offer.items.find((pkg) => pkg.packageId === packageId)?.payFen ?? 0;
  }
  const parsed = parseYuan(draft.choice.custom, { max: offer.customMaxFen });
  return parsed.ok && parsed.fen >= offer.customMinFen ? parsed.fen : 0;
}

/** The request a draft stands for, or what to fix: a custom amount within the program's bounds, a valid receipt. */
export function buildCounterTopup(
  who: MemberAtCounter,
  draft: CounterTopupDraft,
  offer: WalletPackagesResponse,
): Built {
  const errors: CounterTopupErrors = {};
  const receiptNo = draft.receiptNo.trim();
  const receiptError = receiptNoError(receiptNo);
  if (receiptError) errors.receiptNo = receiptError;
  let payment: { packageId: string } | { amountFen: number } | null = null;
  if ('packageId' in draft.choice) payment = { packageId: draft.choice.packageId };
  else {
    const parsed = parseYuan(draft.choice.custom, { max: offer.customMaxFen });
    if (!parsed.ok) errors.amount = parsed.error === '请输入金额' ? '请选择套餐或输入充值金额' : parsed.error;
    else if (parsed.fen < offer.customMinFen) errors.amount = `最少充值 ${formatFen(offer.customMinFen)}`;
    else payment = { amountFen: parsed.fen };
  }
  if (!payment || errors.receiptNo) return { ok: false, errors };
  return { ok: true, request: { ...who, receiptNo, ...payment }, payFen: chosenPayFen(draft, offer) };
}

/** A refused top-up in the clerk's words, and the field it belongs to (when it belongs to one). */
export function counterTopupProblem(error: ApiError): { field?: keyof CounterTopupErrors; message: string } {
  switch (error.code) {
    case 'RECEIPT_DUPLICATE':
      return { field: 'receiptNo', message: '这个小票号已经登记过，请核对小票号' };
    case 'CODE_EXPIRED':
    case 'CODE_USED':
    case 'CODE_INVALID':
      return { message: '会员码已失效，请让顾客刷新会员码后重新扫码' };
    case 'NOT_FOUND':
      return { message: '这个充值套餐已下架，请重新选择' };
    case 'VALIDATION_FAILED':
      return { field: 'amount', message: '充值金额不在允许范围内' };
    default:
      return { message: error.message };
  }
}
