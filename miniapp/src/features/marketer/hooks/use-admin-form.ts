import { useEffect, useRef, useState } from 'react';
import { toApiError } from '../../../lib/api-error';
import { newIdempotencyKey } from '../../../lib/idempotency';

type Parsed<R> =
  | { success: true; data: R }
  | { success: false; error: { issues: ReadonlyArray<{ path: ReadonlyArray<PropertyKey> }> } };

export interface AdminForm<Field extends string> {
  form: Record<Field, string>;
  errors: Partial<Record<Field, string>>;
  /** The save's refusal, in the server's words. */
  problem: string | null;
  pending: boolean;
  change: (name: Field) => (value: string) => void;
  submit: () => Promise<void>;
}

/**
 * The mechanics of a console form that creates or edits one thing (方案, 次卡, 商品): text fields filled from the
 * thing being edited (or empty), the contract's refusals shown as each field's own words, one save at a time with
 * its Idempotency-Key kept for a retry after a network or server failure, and the save's refusal in the form.
 */
export function useAdminForm<Field extends string, Editing, Request>({
  editing,
  empty,
  fromEditing,
  errors: words,
  fieldOf = {},
  keyPrefix,
  parse,
  save,
  onSaved,
}: {
  editing: Editing | null;
  empty: Record<Field, string>;
  fromEditing: (editing: Editing) => Record<Field, string>;
  /** What to say under each field the contract refuses. */
  errors: Partial<Record<Field, string>>;
  /** The form field of a contract field named otherwise (priceFen → price). */
  fieldOf?: Record<string, Field>;
  keyPrefix: string;
  parse: (form: Record<Field, string>) => Parsed<Request>;
  save: (request: Request, idempotencyKey: string) => Promise<unknown>;
  onSaved: () => Promise<void>;
}): AdminForm<Field> {
  const [form, setForm] = useState(empty);
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const [problem, setProblem] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  const key = useRef<string | null>(null);
  // biome-ignore lint/correctness/useExhaustiveDependencies: the form is filled anew only when another thing is edited
  useEffect(() => {
    setForm(editing ? fromEditing(editing) : empty);
    setErrors({});
    setProblem(null);
    key.current = null;
  }, [editing]);

  /** The field an issue's path names: its first segment that is a form field or a contract field we know. */
  const fieldOfPath = (path: ReadonlyArray<PropertyKey>): Field | undefined => {
    for (const segment of path) {
      const name = String(segment);
      const field = fieldOf[name] ?? (name as Field);
      if (words[field]) return field;
    }
    return undefined;
  };

  const submit = async () => {
    if (pending) return;
    const parsed = parse(form);
    if (!parsed.success) {
      const next: Partial<Record<Field, string>> = {};
      for (const issue of parsed.error.issues) {
        const field = fieldOfPath(issue.path);
        if (field) next[field] = words[field];
      }
      setErrors(next);
      return;
    }
    setPending(true);
    setProblem(null);
    key.current ??= newIdempotencyKey(keyPrefix);
    try {
      await save(parsed.data, key.current);
      key.current = null;
      setForm(empty);
      await onSaved();
    } catch (caught) {
      const error = toApiError(caught);
      if (error.status > 0 && error.status < 500) key.current = null;
      setProblem(error.message);
    } finally {
      setPending(false);
    }
  };

  const change = (name: Field) => (value: string) => {
    setForm((current) => ({ ...current, [name]: value }));
    setErrors((current) => ({ ...current, [name]: undefined }));
  };

  return { form, errors, problem, pending, change, submit };
}
