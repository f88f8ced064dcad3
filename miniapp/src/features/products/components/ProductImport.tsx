import { Text, View } from '@tarojs/components';
import { MAX_IMPORT_LINES, type ProductImportResponse } from '@app/shared';
import { useState } from 'react';
import { toApiError } from '../../../lib/api-error';
import { newIdempotencyKey } from '../../../lib/idempotency';
import { TextArea } from '../../campaigns/components/FormParts';
import { importProducts } from '../api/products';

const OUTCOME_WORDS: Record<ProductImportResponse['lines'][number]['outcome'], string> = {
  created: '新增',
  updated: '已更新',
  unchanged: '无变化',
  refused: '未导入',
};
const EXAMPLE = '编码,名称,分类,售价,成本\nLATTE-M,拿铁（中杯）,咖啡,28,7.5';

/** 导入 CSV: paste what the spreadsheet exports; the answer lists every line with what became of it. */
export function ProductImport({ onImported }: { onImported: () => Promise<void> }) {
  const [csv, setCsv] = useState('');
  const [pending, setPending] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [report, setReport] = useState<ProductImportResponse | null>(null);

  const submit = async () => {
    if (pending || !csv.trim()) return;
    setPending(true);
    setProblem(null);
    try {
      const answer = await importProducts(csv, newIdempotencyKey('import'));
      setReport(answer);
      if (answer.refused === 0) setCsv('');
      await onImported();
    } catch (caught) {
      setProblem(toApiError(caught).message);
    } finally {
      setPending(false);
    }
  };

  const refusedOrChanged = report?.lines.filter((line) => line.outcome !== 'unchanged') ?? [];
  return (
    <View className="panel product-import">
      <View className="panel__title">
        <Text>导入 CSV</Text>
        <Text className="panel__hint">{`从表格导出 CSV 后粘贴，每次最多 ${MAX_IMPORT_LINES} 行；同编码的商品会被更新`}</Text>
      </View>
      <Text className="product-import__example">{`第一行为表头，例如：\n${EXAMPLE}`}</Text>
      <TextArea className="product-import-csv" value={csv} placeholder="粘贴 CSV 内容" onChange={setCsv} />
      {problem && <Text className="form-error product-import-error">{problem}</Text>}
      <View
        className={`btn btn--primary form-submit product-import-submit${pending || !csv.trim() ? ' btn--disabled' : ''}`}
        hoverClass="btn--pressed"
        onClick={() => void submit()}
      >
        <Text>{pending ? '导入中…' : '导入'}</Text>
      </View>
      {report && (
        <View className="product-import__report product-import-report">
          <Text className="product-import__summary product-import-summary">
            {`新增 ${report.created} · 更新 ${report.updated} · 无变化 ${report.unchanged} · 未导入 ${report.refused}`}
          </Text>
          {refusedOrChanged.map((line) => (
            <Text
              key={line.line}
              className={`product-import__line product-import-line${line.outcome === 'refused' ? ' product-import__line--refused' : ''}`}
            >
              {`第 ${line.line} 行 ${line.sku ?? ''} ${OUTCOME_WORDS[line.outcome]}${line.reason ? `：${line.reason}` : ''}`}
            </Text>
          ))}
        </View>
      )}
    </View>
  );
}
