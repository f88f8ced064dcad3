import { Button, Input, Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import type { MeResponse } from '@app/shared';
import { useState, type ReactNode } from 'react';
import { createPortal } from 'react-dom';
import { isWeapp } from '../../../config/env';
import { isMobileNumber, useBindPhone } from '../hooks/use-bind-phone';
import './BindPhoneButton.scss';

export interface BindPhoneButtonProps {
  label?: string;
  className?: string;
  onBound?: (me: MeResponse) => void;
}

/**
 * 绑定手机号. In WeChat: the platform's getPhoneNumber button, whose code the server exchanges. In the H5 demo:
 * a small sheet to type a number, sent as `dev:<11 digits>` (the local stage's stand-in for that code). The sheet
 * is drawn on the document's body: inside a page, a pull-down-refresh wrapper (a transform) would make `fixed` mean
 * "at the bottom of the page", under the tab bar, where half its buttons could not be tapped.
 */
const onTop = (sheet: ReactNode) => (typeof document === 'undefined' ? sheet : createPortal(sheet, document.body));

export function BindPhoneButton({ label = '去绑定', className = '', onBound }: BindPhoneButtonProps) {
  const { binding, bind } = useBindPhone(onBound);
  const [sheet, setSheet] = useState(false);
  const [digits, setDigits] = useState('');
  const valid = isMobileNumber(digits);

  if (isWeapp) {
    return (
      <Button
        className={`btn btn--primary btn--small bind-phone-button ${className}`}
        openType="getPhoneNumber"
        disabled={binding}
        onGetPhoneNumber={(event) => {
          const code = (event.detail as { code?: string }).code;
          if (code) void bind(code);
          else void Taro.showToast({ title: '未授权手机号，可稍后再绑定', icon: 'none' });
        }}
      >
        {binding ? '绑定中' : label}
      </Button>
    );
  }

  return (
    <>
      <View
        className={`btn btn--primary btn--small bind-phone-button ${className}`}
        hoverClass="btn--pressed"
        onClick={() => setSheet(true)}
      >
        {label}
      </View>
      {sheet &&
        onTop(
          <View className="bind-phone-sheet" onClick={() => setSheet(false)}>
            <View
              className="bind-phone-sheet__card"
              onClick={(event?: { stopPropagation?: () => void }) => event?.stopPropagation?.()}
            >
              <Text className="bind-phone-sheet__title">绑定手机号</Text>
              <Text className="bind-phone-sheet__hint">演示环境：输入 11 位手机号代替微信授权</Text>
              <Input
                className="field bind-phone-input"
                type="number"
                maxlength={11}
                value={digits}
                placeholder="请输入手机号"
                onInput={(event) => setDigits(event.detail.value.replace(/\D/g, ''))}
              />
              <View className="bind-phone-sheet__actions">
                <View className="btn btn--ghost bind-phone-cancel" onClick={() => setSheet(false)}>
                  取消
                </View>
                <View
                  className={`btn btn--primary bind-phone-submit${valid && !binding ? '' : ' btn--disabled'}`}
                  onClick={async () => {
                    if (!valid || binding) return;
                    if (await bind(`dev:${digits}`)) setSheet(false);
                  }}
                >
                  {binding ? '绑定中' : '确认绑定'}
                </View>
              </View>
            </View>
          </View>,
        )}
    </>
  );
}
