import type { PurchasePreviewResponse, PurchaseResponse } from '@app/shared';
import { useCallback, useRef, useState } from 'react';
import { toApiError } from '../../../lib/api-error';
import { useOnceOnly } from '../../../lib/use-once-only';
import { previewPurchase, recordPurchase } from '../api/purchase';
import { purchaseProblem, type PurchaseProblem } from '../purchase-errors';
import {
  buildPurchase,
  emptyDraft,
  errorsFromIssues,
  newLine,
  previewBody,
  type PurchaseDraft,
  type PurchaseFormErrors,
  type SkuLineDraft,
} from '../purchase-form';
import type { PurchaseRequest } from '@app/shared';
import type { PaymentChoice } from '../payment-choice';
import { withPickedProduct } from '../../products/pick-line';
import type { PickableProduct } from '../../products/product-filter';

export type PurchaseStep = 'edit' | 'previewing' | 'preview' | 'confirming' | 'done';

export interface PurchaseFlow {
  memberCode: string;
  /** The ticket the last lookup of this code gave (valid 5 minutes): what preview and purchase send, once known. */
  ticket: string | null;
  holdTicket: (ticket: string) => void;
  draft: PurchaseDraft;
  errors: PurchaseFormErrors;
  step: PurchaseStep;
  preview: PurchasePreviewResponse | null;
  result: PurchaseResponse | null;
  problem: PurchaseProblem | null;
  setField: (field: 'amount' | 'receiptNo', value: string) => void;
  addLine: () => void;
  updateLine: (id: string, patch: Partial<Omit<SkuLineDraft, 'id'>>) => void;
  removeLine: (id: string) => void;
  /** A product tapped in the picker: one more unit of it (features/products/pick-line). */
  pickProduct: (product: PickableProduct) => void;
  /** Picks a coupon (or none); picking the one already picked puts it back. */
  selectCoupon: (couponId: string | null) => void;
  runPreview: () => Promise<void>;
  /** Wallet and/or points as cash chosen on the preview (null: all cash): previews again with the choice. */
  choosePayment: (choice: PaymentChoice | null) => Promise<void>;
  confirm: () => Promise<void>;
  /** A freshly scanned code replaces the old one; the typed form stays. */
  replaceCode: (code: string) => void;
}

/**
 * 记录消费: type (and pick a coupon) → 预览 → 确认 → result. Any change to the form, the coupon or the code drops the preview, so what is
 * confirmed is always what was previewed. One Idempotency-Key belongs to one previewed request and is reused
 * for every try of its confirmation.
 */
export function usePurchase(
  initialCode: string,
  initialCouponId: string | null = null,
  initialTicket: string | null = null,
): PurchaseFlow {
  const [memberCode, setMemberCode] = useState(initialCode);
  const [ticket, setTicket] = useState<string | null>(initialTicket);
  const [draft, setDraft] = useState<PurchaseDraft>(() => emptyDraft(initialCouponId));
  const [errors, setErrors] = useState<PurchaseFormErrors>({});
  const [step, setStep] = useState<PurchaseStep>('edit');
  const [preview, setPreview] = useState<PurchasePreviewResponse | null>(null);
  const [result, setResult] = useState<PurchaseResponse | null>(null);
  const [problem, setProblem] = useState<PurchaseProblem | null>(null);
  /** The request the preview was made for: what 确认 records. */
  const previewed = useRef<PurchaseRequest | null>(null);
  const previewing = useRef(false);
  const once = useOnceOnly('purchase');
  const { isBusy, forget, submit: sendOnce } = once;
  const busy = useCallback(() => previewing.current || isBusy(), [isBusy]);

  const invalidate = useCallback(() => {
    previewed.current = null;
    forget();
    setPreview(null);
    setStep((current) => (current === 'done' ? current : 'edit'));
  }, [forget]);

  const editDraft = useCallback(
    (change: (draft: PurchaseDraft) => PurchaseDraft) => {
      if (busy()) return;
      // A changed purchase has another payable: the wallet / points choice is made again on its preview.
      setDraft((current) => ({ ...change(current), payment: null }));
      invalidate();
    },
    [busy, invalidate],
  );

  const setField = useCallback(
    (field: 'amount' | 'receiptNo', value: string) => {
      editDraft((current) => ({ ...current, [field]: value }));
      setErrors((current) => ({ ...current, [field]: undefined }));
      if (field === 'receiptNo') setProblem((current) => (current?.kind === 'receipt' ? null : current));
    },
    [editDraft],
  );
  const addLine = useCallback(
    () => editDraft((current) => ({ ...current, lines: [...current.lines, newLine()] })),
    [editDraft],
  );
  const updateLine = useCallback(
    (id: string, patch: Partial<Omit<SkuLineDraft, 'id'>>) => {
      editDraft((current) => ({
        ...current,
        lines: current.lines.map((line) => (line.id === id ? { ...line, ...patch } : line)),
      }));
      setErrors((current) => ({
        ...current,
        lines: undefined,
        line: current.line ? { ...current.line, [id]: '' } : undefined,
      }));
    },
    [editDraft],
  );
  const pickProduct = useCallback(
    (product: PickableProduct) => {
      editDraft((current) => withPickedProduct(current, product));
      setErrors((current) => ({ ...current, amount: undefined, lines: undefined }));
    },
    [editDraft],
  );
  const removeLine = useCallback(
    (id: string) => {
      editDraft((current) => ({ ...current, lines: current.lines.filter((line) => line.id !== id) }));
      setErrors((current) => ({ ...current, lines: undefined }));
    },
    [editDraft],
  );

  const selectCoupon = useCallback(
    (couponId: string | null) => {
      editDraft((current) => ({ ...current, couponId: couponId === current.couponId ? null : couponId }));
      setProblem((current) => (current?.kind === 'coupon' ? null : current));
    },
    [editDraft],
  );

  const previewDraft = useCallback(
    async (draft: PurchaseDraft) => {
      if (busy()) return;
      const built = buildPurchase(ticket ? { counterTicket: ticket } : { memberCode }, draft);
      if (!built.ok) {
        setErrors(built.errors);
        return;
      }
      previewing.current = true;
      setErrors({});
      setProblem(null);
      setStep('previewing');
      try {
        const answer = await previewPurchase(previewBody(built.body));
        // A new preview is a new purchase to confirm: its confirmation gets a key of its own.
        previewed.current = built.body;
        forget();
        setPreview(answer);
        setStep('preview');
      } catch (caught) {
        const error = toApiError(caught);
        if (error.code === 'VALIDATION_FAILED') setErrors(errorsFromIssues(error.details));
        // What was previewed before (a choice refused, say) is no longer what 确认 would record.
        previewed.current = null;
        setPreview(null);
        const next = purchaseProblem(error);
        if (next.kind === 'payment') setDraft((current) => ({ ...current, payment: null }));
        setProblem(next);
        setStep('edit');
      } finally {
        previewing.current = false;
      }
    },
    [busy, forget, memberCode, ticket],
  );
  const runPreview = useCallback(() => previewDraft(draft), [draft, previewDraft]);
  const choosePayment = useCallback(
    (payment: PaymentChoice | null) => {
      if (busy()) return Promise.resolve();
      const next = { ...draft, payment };
      setDraft(next);
      return previewDraft(next);
    },
    [busy, draft, previewDraft],
  );

  const confirm = useCallback(async () => {
    const body = previewed.current;
    if (busy() || !body) return;
    setProblem(null);
    setStep('confirming');
    const outcome = await sendOnce(JSON.stringify(body), (key) => recordPurchase(body, key));
    if (outcome.kind === 'done') {
      setResult(outcome.value);
      setStep('done');
      return;
    }
    if (outcome.kind === 'busy') return;
    const next = purchaseProblem(outcome.error);
    setProblem(next);
    if (next.kind === 'other') {
      // Nothing known to be wrong with the request: keep the preview (and, after no answer, the key), so 确认 can be
      // tapped again.
      setStep('preview');
    } else {
      // A refused coupon (used elsewhere meanwhile, say) stays picked with the reason next to it, until changed.
      if (next.kind === 'receipt') setErrors({ receiptNo: '该小票号已登记过消费' });
      if (next.kind === 'payment') setDraft((current) => ({ ...current, payment: null }));
      previewed.current = null;
      setPreview(null);
      setStep('edit');
    }
  }, [busy, sendOnce]);

  const replaceCode = useCallback(
    (code: string) => {
      const trimmed = code.replace(/\s+/g, '');
      if (!trimmed || busy()) return;
      setMemberCode(trimmed);
      // The new code's lookup brings its own ticket; until then the code itself names the member.
      setTicket(null);
      setProblem(null);
      invalidate();
    },
    [busy, invalidate],
  );

  const holdTicket = useCallback((next: string) => setTicket(next), []);

  return {
    memberCode,
    ticket,
    holdTicket,
    draft,
    errors,
    step,
    preview,
    result,
    problem,
    setField,
    addLine,
    updateLine,
    removeLine,
    pickProduct,
    selectCoupon,
    runPreview,
    choosePayment,
    confirm,
    replaceCode,
  };
}
