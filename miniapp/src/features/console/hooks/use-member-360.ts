import Taro from '@tarojs/taro';
import { useCallback, useEffect, useState } from 'react';
import type { pointsAdjustmentResponse } from '@app/shared';
import type * as z from 'zod';
import { toApiError, unansweredMessage } from '../../../lib/api-error';
import { useOnceOnly } from '../../../lib/use-once-only';
import { usePageResource } from '../../../lib/use-page-resource';
import { adjustPoints, changeMemberTags, getMember360 } from '../api/console';
import {
  type AdjustDraft,
  type AdjustErrors,
  adjustConfirmText,
  adjustOutcome,
  debtWarningText,
  emptyAdjustDraft,
  readAdjustment,
  readTag,
} from '../member-words';

/**
 * A member's 360 (read on show and on pull-down), 调整积分 and the tags. An adjustment asks first; its
 * Idempotency-Key is made on the confirmation and belongs to that body: a try without an answer is repeated with
 * it (重试调整), any change to the form drops it.
 */
export function useMember360(memberId: string) {
  const member = usePageResource(() => getMember360(memberId));
  const [draft, setDraft] = useState<AdjustDraft>(emptyAdjustDraft);
  const [errors, setErrors] = useState<AdjustErrors>({});
  const [problem, setProblem] = useState<string | null>(null);
  const [done, setDone] = useState<z.infer<typeof pointsAdjustmentResponse> | null>(null);
  const once = useOnceOnly('adjust');
  const { isBusy, awaitsRetry, forget, submit: sendOnce } = once;

  const change = useCallback(
    (patch: Partial<AdjustDraft>) => {
      if (isBusy()) return;
      setDraft((current) => ({ ...current, ...patch }));
      setErrors((current) => {
        const next = { ...current };
        if ('points' in patch || 'sign' in patch) delete next.points;
        if ('reason' in patch) delete next.reason;
        return next;
      });
      setProblem(null);
      forget();
    },
    [isBusy, forget],
  );

  const submit = useCallback(async () => {
    if (isBusy() || !member.data) return;
    const read = readAdjustment(draft);
    if (!read.ok) {
      setErrors(read.errors);
      return;
    }
    const json = JSON.stringify(read.body);
    if (!awaitsRetry(json)) {
      const { profile } = member.data;
      const outcome = adjustOutcome(profile, read.body.points);
      const { confirm } = await Taro.showModal({
        title: '调整积分',
        content: adjustConfirmText(profile, read.body.points, read.body.reason, outcome),
        confirmText: '确认调整',
      });
      if (!confirm) return;
      // A debit that leaves the member in debt is asked about twice: it is almost always a typo.
      if (outcome.debt > profile.pointsDebt) {
        const again = await Taro.showModal({
          title: '将产生积分欠款',
          content: debtWarningText(profile, outcome),
          confirmText: '仍要扣减',
          confirmColor: '#b4432f',
        });
        if (!again.confirm) return;
      }
    }
    setProblem(null);
    setDone(null);
    const outcome = await sendOnce(json, (key) => adjustPoints(memberId, read.body, key));
    if (outcome.kind === 'done') {
      setDone(outcome.value);
      setDraft(emptyAdjustDraft());
      void member.reload();
    } else if (outcome.kind === 'no-answer') setProblem(unansweredMessage(outcome.error));
    else if (outcome.kind === 'refused') setProblem(outcome.error.message);
  }, [awaitsRetry, draft, isBusy, member, memberId, sendOnce]);

  // Tags.
  const [tagText, setTagText] = useState('');
  const [tagError, setTagError] = useState<string | null>(null);
  const [tagBusy, setTagBusy] = useState(false);
  const [tags, setTags] = useState<string[] | null>(null);

  const changeTags = useCallback(
    async (body: { add?: string[]; remove?: string[] }) => {
      setTagBusy(true);
      setTagError(null);
      try {
        const result = await changeMemberTags(memberId, body);
        setTags(result.tags);
        if (body.add) setTagText('');
      } catch (caught) {
        setTagError(toApiError(caught).message);
      } finally {
        setTagBusy(false);
      }
    },
    [memberId],
  );

  const addTag = useCallback(() => {
    const read = readTag(tagText);
    if (!read.ok) {
      setTagError(read.error);
      return;
    }
    void changeTags({ add: [read.tag] });
  }, [changeTags, tagText]);

  const removeTag = useCallback(
    async (tag: string) => {
      const { confirm } = await Taro.showModal({
        title: '移除标签',
        content: `移除标签「${tag}」？`,
        confirmText: '移除',
      });
      if (confirm) void changeTags({ remove: [tag] });
    },
    [changeTags],
  );

  // A fresh 360 brings the tags as they are now.
  // biome-ignore lint/correctness/useExhaustiveDependencies: a fresh 360 is the trigger: its tags replace those answered last
  useEffect(() => setTags(null), [member.data]);

  // The tags the server answered last (after a change), else the 360's.
  const shownTags = tags ?? member.data?.tags ?? [];

  return {
    member,
    adjust: {
      draft,
      errors,
      pending: once.pending,
      problem,
      canRetry: once.canRetry,
      done,
      change,
      submit,
      outcome: previewOutcome(member.data?.profile, draft),
    },
    tags: {
      list: shownTags,
      text: tagText,
      setText: (text: string) => {
        setTagText(text);
        setTagError(null);
      },
      error: tagError,
      busy: tagBusy,
      add: addTag,
      remove: (tag: string) => void removeTag(tag),
      resetFromServer: () => setTags(null),
    },
  };
}

/** What the typed adjustment would leave, shown under the form while typing (null until it reads as one). */
function previewOutcome(profile: { points: number; pointsDebt: number } | undefined, draft: AdjustDraft) {
  const read = readAdjustment({ ...draft, reason: draft.reason.trim() || '——' });
  return profile && read.ok ? adjustOutcome(profile, read.body.points) : null;
}
