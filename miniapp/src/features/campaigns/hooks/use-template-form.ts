import type { CouponTemplateView } from '@app/shared';
import { useCallback, useRef, useState } from 'react';
import { toApiError, NO_ANSWER_MESSAGE, unknownOutcome } from '../../../lib/api-error';
import { newIdempotencyKey } from '../../../lib/idempotency';
import { createTemplate } from '../api/campaigns';
import {
  buildTemplate,
  emptyTemplateDraft,
  type TemplateDraft,
  type TemplateErrors,
  templateErrorsFromIssues,
  type TemplateField,
} from '../template-form';

/** The fields whose errors a change of a draft key makes stale. */
const TOUCHES: Partial<Record<keyof TemplateDraft, TemplateField[]>> = {
  type: ['value', 'discount', 'maxDiscount', 'giftName', 'minSpend'],
  validityKind: ['validFrom', 'validUntil', 'days', 'startOffsetDays'],
  storeScope: ['storeIds'],
  minSpend: ['minSpend', 'value'],
  validFrom: ['validFrom', 'validUntil'],
};

/**
 * 新建优惠券模板: the draft, its errors next to the fields, and 创建. The Idempotency-Key belongs to one request (the
 * body as built): a try without an answer is repeated with it, so a template is never created twice; a changed form
 * is another request with a new key. 400 VALIDATION_FAILED puts the server's issues on their fields.
 */
export function useTemplateForm(onCreated: (template: CouponTemplateView) => void) {
  const [draft, setDraft] = useState<TemplateDraft>(emptyTemplateDraft);
  const [errors, setErrors] = useState<TemplateErrors>({});
  const [pending, setPending] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [canRetry, setCanRetry] = useState(false);
  const request = useRef<{ json: string; key: string } | null>(null);
  const busy = useRef(false);
  const onCreatedRef = useRef(onCreated);
  onCreatedRef.current = onCreated;

  const change = useCallback((patch: Partial<TemplateDraft>) => {
    if (busy.current) return;
    setDraft((current) => ({ ...current, ...patch }));
    setErrors((current) => {
      const next = { ...current };
      for (const key of Object.keys(patch) as (keyof TemplateDraft)[]) {
        for (const field of TOUCHES[key] ?? [key as TemplateField]) delete next[field];
      }
      return next;
    });
    setProblem(null);
  }, []);

  const submit = useCallback(async () => {
    if (busy.current) return;
    const built = buildTemplate(draft);
    if (!built.ok) {
      setErrors(built.errors);
      setProblem('请按提示修改后再创建');
      return;
    }
    const json = JSON.stringify(built.body);
    const key = request.current?.json === json ? request.current.key : newIdempotencyKey('template');
    request.current = { json, key };
    busy.current = true;
    setPending(true);
    setProblem(null);
    setErrors({});
    try {
      const created = await createTemplate(built.body, key);
      request.current = null;
      setCanRetry(false);
      onCreatedRef.current(created);
    } catch (caught) {
      const error = toApiError(caught);
      if (unknownOutcome(error)) {
        setCanRetry(true);
        setProblem(error.code === 'NETWORK' ? NO_ANSWER_MESSAGE : error.message);
      } else {
        request.current = null;
        setCanRetry(false);
        const fieldErrors = error.code === 'VALIDATION_FAILED' ? templateErrorsFromIssues(error.details) : {};
        setErrors(fieldErrors);
        setProblem(Object.keys(fieldErrors).length > 0 ? '请按提示修改后再创建' : error.message);
      }
    } finally {
      busy.current = false;
      setPending(false);
    }
  }, [draft]);

  return { draft, errors, pending, problem, canRetry, change, submit };
}
