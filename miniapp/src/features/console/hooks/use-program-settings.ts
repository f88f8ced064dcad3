import Taro from '@tarojs/taro';
import { useCallback, useEffect, useRef, useState } from 'react';
import { formProblem, issuesOf, useOnceOnly } from '../../../lib/use-once-only';
import { usePageResource } from '../../../lib/use-page-resource';
import { listTemplates } from '../../campaigns/api/campaigns';
import { getProgram, saveProgram } from '../api/console';
import {
  buildProgram,
  draftFromSettings,
  type ProgramDraft,
  type ProgramErrors,
  programErrorsFromIssues as programErrorsFromDetails,
} from '../program-form';

/** The coupon templates the automatic-coupon pickers offer (the newest 100), by id. */
const templateChoices = async () =>
  (await listTemplates({ limit: 100 })).items.map((template) => ({ key: template.templateId, label: template.title }));

/**
 * 规则设置: the versions (current, upcoming, history) and a draft started from the current version. 保存 checks with
 * the server's schema, asks first, then PUTs a new version read from the newest one the page saw (`baseVersion`); a
 * 400 puts each issue under its field, a 409 PROGRAM_CHANGED says someone else saved first and offers 重新加载.
 */
export function useProgramSettings() {
  const program = usePageResource(getProgram);
  const templates = usePageResource(templateChoices);
  const [conflict, setConflict] = useState(false);
  const [draft, setDraft] = useState<ProgramDraft | null>(null);
  const [errors, setErrors] = useState<ProgramErrors>({});
  const [problem, setProblem] = useState<string | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const once = useOnceOnly('program');
  const { isBusy, awaitsRetry, submit: sendOnce } = once;
  const dirty = useRef(false);

  // A fresh read resets the draft unless the marketer has started editing.
  useEffect(() => {
    if (program.data && !dirty.current) setDraft(draftFromSettings(program.data.current.settings));
  }, [program.data]);

  const change = useCallback((patch: Partial<ProgramDraft>) => {
    dirty.current = true;
    setDraft((current) => (current ? { ...current, ...patch } : current));
    setProblem(null);
    setSaved(null);
  }, []);

  const clearError = useCallback((key: string) => setErrors(({ [key]: _gone, ...rest }) => rest), []);

  const reset = useCallback(() => {
    if (!program.data) return;
    dirty.current = false;
    setDraft(draftFromSettings(program.data.current.settings));
    setErrors({});
    setProblem(null);
  }, [program.data]);

  /** After a conflict: the newest version read again, the draft started over from it. */
  const reload = useCallback(async () => {
    dirty.current = false;
    setConflict(false);
    setProblem(null);
    setErrors({});
    await program.reload();
  }, [program]);

  const save = useCallback(async () => {
    if (!draft || !program.data || isBusy()) return;
    const built = buildProgram(program.data.current.settings, draft);
    if (!built.ok) {
      setErrors(built.errors);
      setProblem('请按提示修改后再保存');
      return;
    }
    const baseVersion = Math.max(...program.data.history.map((one) => one.version), program.data.current.version);
    const body = { ...built.body, baseVersion };
    const json = JSON.stringify(body);
    if (!awaitsRetry(json)) {
      const when = built.body.effectiveAt ? `将于 ${draft.effectiveDate} ${draft.effectiveTime} 生效` : '立即生效';
      const { confirm } = await Taro.showModal({
        title: '保存规则',
        content: `保存为新版本，${when}。已有的记录仍按原规则。`,
        confirmText: '保存',
      });
      if (!confirm) return;
    }
    setProblem(null);
    setErrors({});
    const outcome = await sendOnce(json, (key) => saveProgram(body, key));
    if (outcome.kind === 'done') {
      dirty.current = false;
      setSaved(
        built.body.effectiveAt ? `已保存，${draft.effectiveDate} ${draft.effectiveTime} 生效` : '已保存，新规则已生效',
      );
      await program.reload();
    } else if (outcome.kind === 'refused' && outcome.error.code === 'PROGRAM_CHANGED') {
      setConflict(true);
      setProblem('保存前已有人保存了新版本，你的修改没有保存。请重新加载，在最新版本上再改。');
    } else if (outcome.kind === 'no-answer' || outcome.kind === 'refused') {
      const fieldErrors = programErrorsFromDetails(issuesOf(outcome));
      setErrors(fieldErrors);
      setProblem(formProblem(outcome, Object.keys(fieldErrors).length > 0, '请按提示修改后再保存'));
    }
  }, [awaitsRetry, draft, isBusy, program, sendOnce]);

  const templateNames = Object.fromEntries((templates.data ?? []).map((one) => [one.key, one.label]));
  const pending = once.pending;
  return {
    program,
    templates,
    templateNames,
    draft,
    errors,
    pending,
    problem,
    saved,
    conflict,
    change,
    clearError,
    reset,
    reload,
    save,
  };
}
