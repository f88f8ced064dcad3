import Taro from '@tarojs/taro';
import type { RefundResponse } from '@app/shared';
import { useCallback, useRef, useState } from 'react';
import { toApiError, unknownOutcome } from '../../../lib/api-error';
import { newIdempotencyKey } from '../../../lib/idempotency';
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
  const [refunding, setRefunding] = useState(false);
  const [refundError, setRefundError] = useState<string | null>(null);
  const [result, setResult] = useState<RefundResponse | null>(null);
  const pending = useRef<{ purchaseId: string; amountFen: number | undefined; key: string } | null>(null);
  const [canRetry, setCanRetry] = useState(false);
  const busy = useRef(false);

  const forgetPending = () => {
    pending.current = null;
    setCanRetry(false);
  };

  const setReceiptNo = useCallback((value: string) => {
    setReceiptNoState(value);
    setFindError(null);
  }, []);
  const setMode = useCallback((next: RefundMode) => {
    if (busy.current) return;
    setModeState(next);
    setAmountError(null);
    setRefundError(null);
    forgetPending();
  }, []);
  const setAmount = useCallback((value: string) => {
    if (busy.current) return;
    setAmountState(value);
    setAmountError(null);
    setRefundError(null);
    forgetPending();
  }, []);

  const find = useCallback(async () => {
    const receipt = receiptNo.trim();
    if (busy.current) return;
    if (!receipt) {
      setFindError('请输入小票号');
      return;
    }
    busy.current = true;
    setFinding(true);
    setFindError(null);
    setPurchase(null);
    setResult(null);
    setRefundError(null);
    setModeState('full');
    setAmountState('');
    forgetPending();
    try {
      setPurchase(await findPurchase(receipt));
    } catch (caught) {
      const error = toApiError(caught);
      setFindError(error.code === 'NOT_FOUND' ? error.message || `本店没有小票号为 ${receipt} 的消费` : error.message);
    } finally {
      busy.current = false;
      setFinding(false);
    }
  }, [receiptNo]);

  const send = useCallback(async (request: { purchaseId: string; amountFen: number | undefined; key: string }) => {
    busy.current = true;
    setRefunding(true);
    setRefundError(null);
    try {
      const answer = await refundPurchase(request.purchaseId, request.amountFen, request.key);
      setResult(answer);
      forgetPending();
    } catch (caught) {
      const error = toApiError(caught);
      setRefundError(refundErrorMessage(error));
      if (unknownOutcome(error)) setCanRetry(true);
      else forgetPending();
    } finally {
      busy.current = false;
      setRefunding(false);
    }
  }, []);

  const confirm = useCallback(async () => {
    if (busy.current || !purchase) return;
    if (pending.current) {
      await send(pending.current);
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
    const request = { purchaseId: purchase.purchaseId, amountFen, key: newIdempotencyKey('refund') };
    pending.current = request;
    await send(request);
  }, [amount, mode, purchase, send]);

  const reset = useCallback(() => {
    if (busy.current) return;
    setReceiptNoState('');
    setPurchase(null);
    setResult(null);
    setFindError(null);
    setRefundError(null);
    setModeState('full');
    setAmountState('');
    setAmountError(null);
    forgetPending();
  }, []);

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
    refunding,
    refundError,
    canRetry,
    result,
    find,
    confirm,
    reset,
  };
}
