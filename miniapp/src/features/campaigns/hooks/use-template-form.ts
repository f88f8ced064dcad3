import type { CouponTemplateView } from '@app/shared';
import { useCallback, useRef, useState } from 'react';
import { formProblem, issuesOf, useOnceOnly } from '../../../lib/use-once-only';
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
  const [problem, setProblem] = useState<string | null>(null);
  const once = useOnceOnly('template');
  const { isBusy, submit: sendOnce } = once;
  const onCreatedRef = useRef(onCreated);
  onCreatedRef.current = onCreated;

  const change = useCallback(
    (patch: Partial<TemplateDraft>) => {
      if (isBusy()) return;
      setDraft((current) => ({ ...current, ...patch }));
      setErrors((current) => {
        const next = { ...current };
        for (const key of Object.keys(patch) as (keyof TemplateDraft)[]) {
          for (const field of TOUCHES[key] ?? [key as TemplateField]) delete next[field];
        }
        return next;
      });
      setProblem(null);
    },
    [isBusy],
  );

  const submit = useCallback(async () => {
    if (isBusy()) return;
    const built = buildTemplate(draft);
    if (!built.ok) {
      setErrors(built.errors);
      setProblem('请按提示修改后再创建');
      return;
    }
    setProblem(null);
    setErrors({});
    const outcome = await sendOnce(JSON.stringify(built.body), (key) => createTemplate(built.body, key));
    if (outcome.kind === 'done') onCreatedRef.current(outcome.value);
    if (outcome.kind !== 'no-answer' && outcome.kind !== 'refused') return;
    const fieldErrors = templateErrorsFromIssues(issuesOf(outcome));
    setErrors(fieldErrors);
    setProblem(formProblem(outcome, Object.keys(fieldErrors).length > 0, '请按提示修改后再创建'));
  }, [draft, isBusy, sendOnce]);

  return { draft, errors, pending: once.pending, problem, canRetry: once.canRetry, change, submit };
}
