import { Text, View } from '@tarojs/components';
import type { AdminPlanView } from '@app/shared';
import { useState } from 'react';
import { toApiError } from '../../../lib/api-error';
import { formatDate } from '../../../lib/format';
import { newIdempotencyKey } from '../../../lib/idempotency';
import { DateField, FormField, TextField } from '../../campaigns/components/FormParts';
import { saveCsv } from '../../console/csv-export';
import { createCodeBatch } from '../api/plan-admin';

const SAVED_WORDS = { downloaded: '已下载', shared: '已发送到聊天', copied: '已复制到剪贴板' } as const;
const inDays = (days: number) => formatDate(new Date(Date.now() + days * 86_400_000).toISOString());

/**
 * 生成兑换码 for one plan: how many (1–500) and until when; the CSV is saved at once and never shown again (the
 * server keeps only the codes' hashes), so the result says where it went and how many codes it holds.
 */
export function CodeBatch({ plan, onClose }: { plan: AdminPlanView; onClose: () => void }) {
  const [count, setCount] = useState('50');
  const [until, setUntil] = useState(inDays(90));
  const [problem, setProblem] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  const [done, setDone] = useState<string | null>(null);

  const submit = async () => {
    const how = Number(count);
    if (!Number.isInteger(how) || how < 1 || how > 500) return setProblem('数量为 1–500 的整数');
    if (!/^\d{4}-\d{2}-\d{2}$/.test(until) || until <= inDays(0)) return setProblem('请选择今天以后的截止日期');
    setPending(true);
    setProblem(null);
    try {
      const expiresAt = `${until}T23:59:59+08:00`;
      const file = await createCodeBatch(plan.planId, { count: how, expiresAt }, newIdempotencyKey('codes'));
      const csv = file.replace(/^\uFEFF/, ''); // saveCsv adds the BOM
      const lines = csv.trim().split('\n').length - 1;
      const saved = await saveCsv(csv, `兑换码_${plan.name}_${until}.csv`, `codes-${plan.planId}-${Date.now()}.csv`);
      setDone(`${SAVED_WORDS[saved]} ${lines} 个兑换码（${until} 前有效）。兑换码只显示这一次，请妥善保存。`);
    } catch (caught) {
      setProblem(toApiError(caught).message);
    } finally {
      setPending(false);
    }
  };

  return (
    <View className="panel code-batch">
      <View className="panel__title">
        <Text>生成兑换码 · {plan.name}</Text>
        <Text className="panel__hint">CSV 仅下载这一次，系统只保存兑换码的哈希</Text>
      </View>
      {done ? (
        <Text className="code-batch__done code-batch-done">{done}</Text>
      ) : (
        <>
          <FormField prefix="codes" name="count" label="数量">
            <TextField className="codes-count" value={count} number onChange={setCount} />
          </FormField>
          <FormField prefix="codes" name="until" label="有效期至">
            <DateField className="codes-until" value={until} placeholder="选择日期" onChange={setUntil} />
          </FormField>
        </>
      )}
      {problem ? <Text className="admin-error code-batch-error">{problem}</Text> : null}
      <View className="plan-form__actions">
        <View className="btn btn--ghost code-batch-close" onClick={onClose}>
          {done ? '完成' : '取消'}
        </View>
        {done ? null : (
          <View
            className={`btn btn--primary code-batch-create${pending ? ' btn--disabled' : ''}`}
            onClick={() => !pending && void submit()}
          >
            {pending ? '生成中' : '生成并下载 CSV'}
          </View>
        )}
      </View>
    </View>
  );
}
