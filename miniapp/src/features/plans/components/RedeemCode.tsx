import { Button, Input, Text, View } from '@tarojs/components';
import { useState } from 'react';
import { toApiError } from '../../../lib/api-error';
import { formatDateZh } from '../../../lib/format';
import { newIdempotencyKey } from '../../../lib/idempotency';
import { redeemCode } from '../api/plans';
import { redeemErrorWords } from '../plan-words';

type State = { kind: 'idle' } | { kind: 'busy' } | { kind: 'done'; words: string } | { kind: 'error'; words: string };

/** 使用兑换码: 16 characters, spaces and dashes allowed; the result or the refusal in the member's words. */
export function RedeemCode({ onRedeemed }: { onRedeemed: () => void }) {
  const [code, setCode] = useState('');
  const [state, setState] = useState<State>({ kind: 'idle' });
  const submit = async () => {
    if (!code.trim()) return setState({ kind: 'error', words: '请输入兑换码' });
    setState({ kind: 'busy' });
    try {
      const answer = await redeemCode(code.trim(), newIdempotencyKey('redeem'));
      setState({
        kind: 'done',
        words: `已开通${answer.plan.name}，有效期至${formatDateZh(answer.activeUntil)}`,
      });
      setCode('');
      onRedeemed();
    } catch (caught) {
      setState({ kind: 'error', words: redeemErrorWords(toApiError(caught)) });
    }
  };
  return (
    <View className="plus-redeem">
      <Text className="plus-redeem__title">使用兑换码</Text>
      <View className="plus-redeem__row">
        <Input
          className="plus-redeem__input"
          placeholder="输入 16 位兑换码"
          maxlength={40}
          value={code}
          onInput={(event) => setCode(event.detail.value)}
        />
        <Button
          className="plus-redeem__submit"
          disabled={state.kind === 'busy'}
          loading={state.kind === 'busy'}
          onClick={() => void submit()}
        >
          兑换
        </Button>
      </View>
      {state.kind === 'done' ? <Text className="plus-redeem__done">{state.words}</Text> : null}
      {state.kind === 'error' ? <Text className="plus-redeem__error">{state.words}</Text> : null}
    </View>
  );
}
