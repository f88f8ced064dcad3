import Taro from '@tarojs/taro';
import type { RefundResponse } from '@app/shared';
import { useCallback, useRef, useState } from 'react';
import { toApiError } from '../../../lib/api-error';
import { useOnceOnly } from '../../../lib/use-once-only';
import { formatFen, parseYuan } from '../../../lib/money';
import { type FoundPurchase, findPurchase, refundPurchase } from '../api/refund';
import { refundErrorMessage } from '../refund-words';

export type RefundMode = 'full' | 'partial';

export interface RefundFlow {
  receiptNo: string;
  setReceiptNo: (value: string) => void;
  finding: boolean;
  findError: string | null;
  purchase: FoundPurchase | null;
  mode: RefundMode;
  setMode: (mode: RefundMode) => void;
  amount: string;
  setAmount: (value: string) => void;
  amountError: string | null;
  refunding: boolean;
  refundError: string | null;
  /** A try failed without an answer: 确认退款 retries the same request with the same key. */
  canRetry: boolean;
  result: RefundResponse | null;
  find: () => Promise<void>;
  confirm: () => Promise<void>;
  reset: () => void;
}

/**
 * 退款: find the purchase by receipt number → full or partial amount → a confirmation dialog → refund once.
 * The Idempotency-Key is made when the cashier confirms and kept while that same refund is retried.
 */
export function useRefund(): RefundFlow {
  const [receiptNo, setReceiptNoState] = useState('');
  const [finding, setFinding] = useState(false);
  const [findError, setFindError] = useState<string | null>(null);
  const [purchase, setPurchase] = useState<FoundPurchase | null>(null);
  const [mode, setModeState] = useState<RefundMode>('full');
  const [amount, setAmountState] = useState('');
  const [amountError, setAmountError] = useState<string | null>(null);
  const [refundError, setRefundError] = useState<string | null>(null);
  const [result, setResult] = useState<RefundResponse | null>(null);
  /** The refund confirmed last: what 确认退款 sends again (with its key) after a try without an answer. */
  const confirmed = useRef<{ purchaseId: string; amountFen: number | undefined } | null>(null);
  const findingNow = useRef(false);
  const once = useOnceOnly('refund');
  const { isBusy, awaitsRetry, forget, submit: sendOnce } = once;
  const busy = useCallback(() => findingNow.current || isBusy(), [isBusy]);

  const setReceiptNo = useCallback((value: string) => {
    setReceiptNoState(value);
    setFindError(null);
  }, []);
  const setMode = useCallback(
    (next: RefundMode) => {
      if (busy()) return;
      setModeState(next);
      setAmountError(null);
      setRefundError(null);
      forget();
    },
    [busy, forget],
  );
  const setAmount = useCallback(
    (value: string) => {
      if (busy()) return;
      setAmountState(value);
      setAmountError(null);
      setRefundError(null);
      forget();
    },
    [busy, forget],
  );

  const find = useCallback(async () => {
    const receipt = receiptNo.trim();
    if (busy()) return;
    if (!receipt) {
      setFindError('请输入小票号');
      return;
    }
    findingNow.current = true;
    setFinding(true);
    setFindError(null);
    setPurchase(null);
    setResult(null);
    setRefundError(null);
    setModeState('full');
    setAmountState('');
    forget();
    try {
      setPurchase(await findPurchase(receipt));
    } catch (caught) {
      const error = toApiError(caught);
      setFindError(error.code === 'NOT_FOUND' ? error.message || `本店没有小票号为 ${receipt} 的消费` : error.message);
    } finally {
      findingNow.current = false;
      setFinding(false);
    }
  }, [busy, forget, receiptNo]);

  const send = useCallback(
    async (request: { purchaseId: string; amountFen: number | undefined }) => {
      confirmed.current = request;
      setRefundError(null);
      const outcome = await sendOnce(JSON.stringify(request), (key) =>
        refundPurchase(request.purchaseId, request.amountFen, key),
      );
      if (outcome.kind === 'done') setResult(outcome.value);
      else if (outcome.kind !== 'busy') setRefundError(refundErrorMessage(outcome.error));
    },
    [sendOnce],
  );

  const confirm = useCallback(async () => {
    if (busy() || !purchase) return;
    if (confirmed.current && awaitsRetry(JSON.stringify(confirmed.current))) {
      await send(confirmed.current);
      return;
    }
    let amountFen: number | undefined;
    let refundFen = purchase.refundableFen;
    if (mode === 'partial') {
      const parsed = parseYuan(amount);
      if (!parsed.ok) {
        setAmountError(parsed.error === '请输入金额' ? '请输入退款金额' : parsed.error);
        return;
      }
      if (parsed.fen > purchase.refundableFen) {
        setAmountError(`最多可退 ${formatFen(purchase.refundableFen)}`);
        return;
      }
      amountFen = parsed.fen;
      refundFen = parsed.fen;
    }
    if (purchase.refundableFen <= 0) {
      setRefundError('这笔消费已经全部退款了');
      return;
    }
    const { confirm: agreed } = await Taro.showModal({
      title: '确认退款',
      content: `小票 ${purchase.receiptNo} 退款 ${formatFen(refundFen)} 给 ${purchase.nickname}？本单所得积分和成长值将按比例扣回。`,
      confirmText: '确认退款',
      confirmColor: '#b4432f',
    });
    if (!agreed) return;
    // A new confirmation is a new refund, with a new key, even of the same amount.
    forget();
    await send({ purchaseId: purchase.purchaseId, amountFen });
  }, [amount, awaitsRetry, busy, forget, mode, purchase, send]);

  const reset = useCallback(() => {
    if (busy()) return;
    setReceiptNoState('');
    setPurchase(null);
    setResult(null);
    setFindError(null);
    setRefundError(null);
    setModeState('full');
    setAmountState('');
    setAmountError(null);
    forget();
  }, [busy, forget]);

  return {
    receiptNo,
    setReceiptNo,
    finding,
    findError,
    purchase,
    mode,
    setMode,
    amount,
    setAmount,
    amountError,
    refunding: once.pending,
    refundError,
    canRetry: once.canRetry,
    result,
    find,
    confirm,
    reset,
  };
}
