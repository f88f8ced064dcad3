import { Text, View } from '@tarojs/components';
import type { AdminMallItemView } from '@app/shared';
import { useRef, useState } from 'react';
import { toApiError } from '../../../lib/api-error';
import { newIdempotencyKey } from '../../../lib/idempotency';
import { TextField } from '../../campaigns/components/FormParts';
import { updateItem } from '../api/mall-admin';

/** 调整库存: a signed number of units (+ in, − out) and why; sent once per key, so a retry never moves it twice. */
export function StockAdjust({ item, onDone }: { item: AdminMallItemView; onDone: () => void }) {
  const [delta, setDelta] = useState('');
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  const key = useRef<string | null>(null);

  const submit = async () => {
    if (pending) return;
    const amount = /^\s*[+-]?\d{1,8}\s*$/.test(delta) ? Number(delta.trim()) : Number.NaN;
    if (!Number.isInteger(amount) || amount === 0) return setError('请输入要增加（如 10）或减少（如 -3）的数量');
    if ((item.stock ?? 0) + amount < 0) return setError(`库存仅剩 ${item.stock} 件`);
    if (!reason.trim()) return setError('请写明原因，如 进货、盘点、损耗');
    setPending(true);
    setError(null);
    key.current ??= newIdempotencyKey('stock');
    try {
      await updateItem(item.itemId, { stockDelta: amount, stockReason: reason.trim() }, key.current);
      key.current = null;
      setDelta('');
      setReason('');
      onDone();
    } catch (caught) {
      const problem = toApiError(caught);
      if (problem.status > 0 && problem.status < 500) key.current = null;
      setError(problem.message);
    } finally {
      setPending(false);
    }
  };

  return (
    <View className="stock-adjust">
      <View className="stock-adjust__fields">
        <TextField className="stock-delta" value={delta} placeholder="+10 或 -3" onChange={setDelta} maxlength={9} />
        <TextField
          className="stock-reason"
          value={reason}
          placeholder="原因：进货 / 盘点 / 损耗"
          onChange={setReason}
          maxlength={60}
        />
        <Text
          className={`admin-action stock-submit${pending ? ' admin-action--busy' : ''}`}
          onClick={() => void submit()}
        >
          {pending ? '提交中…' : '确定'}
        </Text>
      </View>
      {error && <Text className="admin-error stock-error">{error}</Text>}
    </View>
  );
}
