import { Input, Text, View } from '@tarojs/components';
import { useState } from 'react';
import { isWeapp } from '../../../config/env';

/**
 * The member code can no longer be used (it lives 60 s): the cashier asks for a fresh one and scans it; what
 * was typed into the form stays. In H5 (no camera) the fresh code is pasted instead.
 */
export function CodeProblem({
  message,
  onScan,
  onCode,
}: {
  message: string;
  onScan: () => void;
  onCode: (code: string) => void;
}) {
  const [typed, setTyped] = useState('');
  return (
    <View className="purchase-code-problem">
      <Text className="purchase-code-problem__message purchase-error">{message}</Text>
      {isWeapp ? (
        <View className="btn btn--primary btn--small purchase-rescan" hoverClass="btn--pressed" onClick={onScan}>
          重新扫码
        </View>
      ) : (
        <View className="purchase-code-problem__form">
          <Input
            className="field purchase-code-problem__input purchase-code-input"
            value={typed}
            placeholder="粘贴新的会员码"
            placeholderClass="field__placeholder"
            onInput={(event) => setTyped(event.detail.value)}
            onConfirm={() => onCode(typed)}
          />
          <View
            className="btn btn--primary btn--small purchase-code-apply"
            hoverClass="btn--pressed"
            onClick={() => onCode(typed)}
          >
            使用新码
          </View>
        </View>
      )}
    </View>
  );
}
