import { useDidShow } from '@tarojs/taro';
import type { CampaignView } from '@app/shared';
import { useCallback, useMemo, useRef, useState } from 'react';
import { formProblem, issuesOf, useOnceOnly } from '../../../lib/use-once-only';
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
  const [problem, setProblem] = useState<string | null>(null);
  const once = useOnceOnly('campaign');
  const { isBusy, submit: sendOnce } = once;
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

  const change = useCallback(
    (patch: Partial<CampaignDraft>) => {
      if (isBusy()) return;
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
    },
    [isBusy],
  );

  const changeAudience = useCallback(
    (patch: Partial<AudienceDraft>) => {
      if (isBusy()) return;
      setAudienceDraft((current) => ({ ...current, ...patch }));
      setServerAudienceErrors({});
      setProblem(null);
    },
    [isBusy],
  );

  const submit = useCallback(async () => {
    if (isBusy()) return;
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
    setProblem(null);
    setErrors({});
    const outcome = await sendOnce(JSON.stringify(built.body), (key) => createCampaign(built.body, key));
    if (outcome.kind === 'done') onCreatedRef.current(outcome.value);
    if (outcome.kind !== 'no-answer' && outcome.kind !== 'refused') return;
    const fieldErrors = campaignErrorsFromIssues(issuesOf(outcome));
    const audienceFieldErrors = audienceErrorsFromIssues(issuesOf(outcome));
    setErrors(fieldErrors);
    setServerAudienceErrors(audienceFieldErrors);
    const placed = Object.keys(fieldErrors).length + Object.keys(audienceFieldErrors).length > 0;
    setProblem(formProblem(outcome, placed, '请按提示修改后再创建'));
  }, [audience, draft, isBusy, sendOnce]);

  return {
    draft,
    audienceDraft,
    errors,
    audienceErrors,
    audienceInvalid: !audience.ok,
    preview,
    templates,
    names,
    pending: once.pending,
    problem,
    canRetry: once.canRetry,
    change,
    changeAudience,
    submit,
  };
}
