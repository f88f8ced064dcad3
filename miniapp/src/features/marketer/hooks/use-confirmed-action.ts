import { useState } from 'react';
import { toApiError } from '../../../lib/api-error';

/**
 * A row action that asks once more in place (停用 → 确认停用？) before it is sent; one at a time, its refusal shown
 * beside the row it belongs to.
 */
export function useConfirmedAction() {
  const [asking, setAsking] = useState<string | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const [problem, setProblem] = useState<{ id: string; message: string } | null>(null);

  const press = async (id: string, run: () => Promise<unknown>) => {
    if (busy) return;
    if (asking !== id) {
      setAsking(id);
      setProblem(null);
      return;
    }
    setBusy(id);
    try {
      await run();
      setAsking(null);
    } catch (caught) {
      setProblem({ id, message: toApiError(caught).message });
    } finally {
      setBusy(null);
    }
  };
  return { asking, busy, problem, press, cancel: () => setAsking(null) };
}
