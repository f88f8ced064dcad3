import type { AudiencePreviewResponse } from '@app/shared';
import { useEffect, useState } from 'react';
import { toApiError } from '../../../lib/api-error';
import { type AudienceBody, previewAudience } from '../api/campaigns';
import { audienceErrorsFromIssues, type AudienceErrors } from '../audience-form';

/** How long the audience must stay unchanged before it is counted (typing a date should not send ten requests). */
export const AUDIENCE_DEBOUNCE_MS = 500;

export interface AudiencePreviewState {
  /** The count and sample of the last audience counted (kept on screen while the next one is being counted). */
  result: AudiencePreviewResponse | null;
  /** A newer audience is waiting or being counted. */
  loading: boolean;
  error: string | null;
  /** The server's refusals of the audience, by field. */
  fieldErrors: AudienceErrors;
}

/**
 * The live count of an audience: asked for once the audience has stayed the same for a moment; an answer for an
 * audience no longer shown is dropped. A draft that does not hold (`null`) is not counted.
 */
export function useAudiencePreview(audience: AudienceBody | null): AudiencePreviewState {
  const json = audience ? JSON.stringify(audience) : null;
  const [state, setState] = useState<AudiencePreviewState>({
    result: null,
    loading: json !== null,
    error: null,
    fieldErrors: {},
  });

  useEffect(() => {
    if (json === null) {
      setState((current) => ({ ...current, loading: false }));
      return undefined;
    }
    let stale = false;
    setState((current) => ({ ...current, loading: true, error: null }));
    const timer = setTimeout(() => {
      previewAudience(JSON.parse(json) as AudienceBody).then(
        (result) => {
          if (!stale) setState({ result, loading: false, error: null, fieldErrors: {} });
        },
        (caught: unknown) => {
          if (stale) return;
          const error = toApiError(caught);
          const fieldErrors = error.code === 'VALIDATION_FAILED' ? audienceErrorsFromIssues(error.details) : {};
          setState((current) => ({ ...current, loading: false, error: error.message, fieldErrors }));
        },
      );
    }, AUDIENCE_DEBOUNCE_MS);
    return () => {
      stale = true;
      clearTimeout(timer);
    };
  }, [json]);

  return state;
}
