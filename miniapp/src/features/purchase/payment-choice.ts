import { type PurchasePreviewResponse, pointsPerWholeFen } from '@app/shared';
import type { ApiError } from '../../lib/api-error';
import { formatFen, parseYuan } from '../../lib/money';

/** How staff chose to take the payable: so much from the wallet, so many points as cash; the till takes the rest. */
export interface PaymentChoice {
  walletFen: number;
  pointsToUse: number;
}

/** The choice as typed in 记录消费: the two switches and their amounts (yuan, points) as strings. */
export interface PaymentChoiceDraft {
  useWallet: boolean;
  wallet: string;
  usePoints: boolean;
  points: string;
}

export type CheckedChoice =
  | { ok: true; choice: PaymentChoice | null }
  | { ok: false; wallet?: string; points?: string };

/** Points per yuan, read back from the server's offer (maxPoints pay maxFen): the preview does not send the setting. */
const pointsPerYuanOf = (offer: PurchasePreviewResponse['pointsAsCash']) =>
  offer.maxFen > 0 ? (offer.maxPoints * 100) / offer.maxFen : 100;

/** What the switches start with: the whole offer of each, the wallet up to what the points leave to pay. */
export function initialChoiceDraft(preview: PurchasePreviewResponse, chosen: PaymentChoice | null): PaymentChoiceDraft {
  if (chosen)
    return {
      useWallet: chosen.walletFen > 0,
      wallet: chosen.walletFen > 0 ? (chosen.walletFen / 100).toFixed(2) : '',
      usePoints: chosen.pointsToUse > 0,
      points: chosen.pointsToUse > 0 ? String(chosen.pointsToUse) : '',
    };
  const walletMax = Math.min(preview.walletBalanceFen, preview.payableFen - preview.pointsAsCash.maxFen);
  return {
    useWallet: false,
    wallet: walletMax > 0 ? (walletMax / 100).toFixed(2) : '',
    usePoints: false,
    points: preview.pointsAsCash.maxPoints > 0 ? String(preview.pointsAsCash.maxPoints) : '',
  };
}

/**
 * The typed choice checked against what the server offered in the preview: the wallet within the balance, the
 * points within the offer and in whole fen, both together within the payable. The server checks it all again.
 */
export function checkChoice(draft: PaymentChoiceDraft, preview: PurchasePreviewResponse): CheckedChoice {
  const errors: { wallet?: string; points?: string } = {};
  let walletFen = 0;
  let pointsToUse = 0;
  if (draft.useWallet) {
    const parsed = parseYuan(draft.wallet);
    if (!parsed.ok) errors.wallet = parsed.error === '请输入金额' ? '请输入钱包支付金额' : parsed.error;
    else if (parsed.fen > preview.walletBalanceFen)
      errors.wallet = `钱包余额只有 ${formatFen(preview.walletBalanceFen)}`;
    else walletFen = parsed.fen;
  }
  if (draft.usePoints) {
    const offer = preview.pointsAsCash;
    const text = draft.points.trim();
    const step = pointsPerWholeFen(pointsPerYuanOf(offer));
    if (!/^\d+$/.test(text) || Number(text) === 0) errors.points = '请输入要抵现的积分数';
    else if (Number(text) > offer.maxPoints) errors.points = `本单最多用 ${offer.maxPoints} 积分`;
    else if (Number(text) % step !== 0) errors.points = `积分数须是 ${step} 的整数倍`;
    else pointsToUse = Number(text);
  }
  if (errors.wallet || errors.points) return { ok: false, ...errors };
  const pointsFen = Math.round((pointsToUse * 100) / pointsPerYuanOf(preview.pointsAsCash));
  if (walletFen + pointsFen > preview.payableFen)
    return { ok: false, wallet: `钱包和积分合计不能超过应收 ${formatFen(preview.payableFen)}` };
  return { ok: true, choice: walletFen > 0 || pointsToUse > 0 ? { walletFen, pointsToUse } : null };
}

const num = (value: unknown) => (typeof value === 'number' ? value : null);

/** A refusal of the wallet or the points (`details.why` too), in words a clerk can act on; null for other errors. */
export function paymentRefusalText(error: ApiError): string | null {
  const details = error.details ?? {};
  switch (error.code) {
    case 'WALLET_INSUFFICIENT': {
      const balance = num(details.balanceFen);
      return `会员钱包余额不足${balance === null ? '' : `（现有 ${formatFen(balance)}）`}，请重新选择付款方式`;
    }
    case 'POINTS_INSUFFICIENT': {
      const balance = num(details.balance);
      return `会员积分不够${balance === null ? '' : `（可用 ${balance} 积分）`}，请重新选择付款方式`;
    }
    case 'PAYMENT_EXCEEDS_PAYABLE':
      return '钱包和积分合计超过了应收金额，请重新选择付款方式';
    case 'POINTS_AS_CASH_NOT_ALLOWED':
      return pointsRefusal(details);
    default:
      return null;
  }
}

function pointsRefusal(details: Record<string, unknown>): string {
  switch (details.why) {
    case 'disabled':
      return '本店未开通积分抵现，请收现金或用钱包';
    case 'debt':
      return '会员有积分欠款，还清前不能用积分抵现';
    case 'below-min-points':
      return `积分抵现至少要用 ${num(details.minPoints) ?? ''} 积分`;
    case 'over-share': {
      const maxFen = num(details.maxFen);
      return `积分最多抵本单 ${maxFen === null ? '' : formatFen(maxFen)}（应收的 ${num(details.maxSharePercent) ?? ''}%）`;
    }
    case 'not-whole-fen':
      return `抵现积分须是 ${num(details.multipleOf) ?? ''} 的整数倍`;
    default:
      return '本单不能使用积分抵现';
  }
}
