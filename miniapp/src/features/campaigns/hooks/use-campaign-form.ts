import { useDidShow } from '@tarojs/taro';
import type { CampaignView } from '@app/shared';
import { useCallback, useMemo, useRef, useState } from 'react';
import { toApiError, NO_ANSWER_MESSAGE, unknownOutcome } from '../../../lib/api-error';
import { newIdempotencyKey } from '../../../lib/idempotency';
import { useResource } from '../../../lib/use-resource';
import { useConsoleNames } from '../../marketer/hooks/use-console-names';
import { createCampaign, listTemplates } from '../api/campaigns';
import {
  type AudienceDraft,
  type AudienceErrors,
  audienceErrorsFromIssues,
  buildAudience,
  emptyAudienceDraft,
} from '../audience-form';
import { takeCreatedTemplate } from '../campaign-cache';
import {
  buildCampaign,
  type CampaignDraft,
  type CampaignErrors,
  campaignErrorsFromIssues,
  emptyCampaignDraft,
} from '../campaign-form';
import { useAudiencePreview } from './use-audience-preview';

/**
 * 新建营销活动: the campaign draft, the audience draft (counted live), the templates to pick from (read again on
 * coming back, and a template just made from here comes back picked) and 创建, which makes a draft campaign. The
 * Idempotency-Key belongs to one request body; a try without an answer is repeated with it.
 */
export function useCampaignForm(onCreated: (campaign: CampaignView) => void, initialAudience?: () => AudienceDraft) {
  const [draft, setDraft] = useState<CampaignDraft>(emptyCampaignDraft);
  const [audienceDraft, setAudienceDraft] = useState<AudienceDraft>(initialAudience ?? emptyAudienceDraft);
  const [errors, setErrors] = useState<CampaignErrors>({});
  const [serverAudienceErrors, setServerAudienceErrors] = useState<AudienceErrors>({});
  const [pending, setPending] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [canRetry, setCanRetry] = useState(false);
  const request = useRef<{ json: string; key: string } | null>(null);
  const busy = useRef(false);
  const onCreatedRef = useRef(onCreated);
  onCreatedRef.current = onCreated;

  const templates = useResource(() => listTemplates({ limit: 100 }), { immediate: false });
  const names = useConsoleNames();
  const { reload: reloadTemplates } = templates;
  useDidShow(() => {
    void reloadTemplates();
    const created = takeCreatedTemplate();
    if (created) setDraft((current) => ({ ...current, templateId: created.templateId }));
  });

  const audience = useMemo(() => buildAudience(audienceDraft), [audienceDraft]);
  const preview = useAudiencePreview(audience.ok ? audience.audience : null);
  const audienceErrors: AudienceErrors = {
    ...preview.fieldErrors,
    ...serverAudienceErrors,
    ...(audience.ok ? {} : audience.errors),
  };

  const change = useCallback((patch: Partial<CampaignDraft>) => {
    if (busy.current) return;
    setDraft((current) => ({ ...current, ...patch }));
    setErrors((current) => {
      const next = { ...current };
      for (const key of Object.keys(patch)) {
        if (key === 'templateId') delete next.template;
        else if (key === 'scheduleDate' || key === 'scheduleTime' || key === 'sendMode') delete next.schedule;
        else if (key === 'kind') return {};
        else delete next[key as keyof CampaignErrors];
      }
      return next;
    });
    setProblem(null);
  }, []);

  const changeAudience = useCallback((patch: Partial<AudienceDraft>) => {
    if (busy.current) return;
    setAudienceDraft((current) => ({ ...current, ...patch }));
    setServerAudienceErrors({});
    setProblem(null);
  }, []);

  const submit = useCallback(async () => {
    if (busy.current) return;
    if (!audience.ok) {
      setProblem('请先修正人群条件');
      return;
    }
    const built = buildCampaign(draft, audience.audience);
    if (!built.ok) {
      setErrors(built.errors);
      setProblem('请按提示修改后再创建');
      return;
    }
    const json = JSON.stringify(built.body);
    const key = request.current?.json === json ? request.current.key : newIdempotencyKey('campaign');
    request.current = { json, key };
    busy.current = true;
    setPending(true);
    setProblem(null);
    setErrors({});
    try {
      const created = await createCampaign(built.body, key);
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
        const fieldErrors = error.code === 'VALIDATION_FAILED' ? campaignErrorsFromIssues(error.details) : {};
        const audienceFieldErrors = error.code === 'VALIDATION_FAILED' ? audienceErrorsFromIssues(error.details) : {};
        setErrors(fieldErrors);
        setServerAudienceErrors(audienceFieldErrors);
        const placed = Object.keys(fieldErrors).length + Object.keys(audienceFieldErrors).length > 0;
        setProblem(placed ? '请按提示修改后再创建' : error.message);
      }
    } finally {
      busy.current = false;
      setPending(false);
    }
  }, [audience, draft]);

  return {
    draft,
    audienceDraft,
    errors,
    audienceErrors,
    audienceInvalid: !audience.ok,
    preview,
    templates,
    names,
    pending,
    problem,
    canRetry,
    change,
    changeAudience,
    submit,
  };
}
