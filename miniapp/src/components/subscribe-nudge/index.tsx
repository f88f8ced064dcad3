import { Text, View } from '@tarojs/components';
import Taro, { useDidShow } from '@tarojs/taro';
import type { NotificationKey } from '@app/shared';
import { useEffect, useState } from 'react';
import { isWeapp } from '../../config/env';
import { askToSubscribe, creditsFor, loadSubscribeTemplates, subscribeToast } from '../../lib/subscribe-messages';
import './index.scss';

export interface SubscribeNudgeProps {
  notice: NotificationKey;
  /** What the member is offered, e.g. 有新券时提醒我. */
  label: string;
}

/**
 * A quiet row that asks, on a tap, for one WeChat notice. Only in WeChat, and only when the brand set the template
 * up; it shows how many notices the member will still receive (each acceptance is one).
 */
export function SubscribeNudge({ notice, label }: SubscribeNudgeProps) {
  const [state, setState] = useState<{ ready: boolean; credits: number }>({ ready: false, credits: 0 });
  const [asking, setAsking] = useState(false);

  const load = () => {
    if (!isWeapp) return;
    loadSubscribeTemplates()
      .then((loaded) => {
        const template = loaded.templates.find((t) => t.key === notice);
        setState({ ready: Boolean(template?.templateId), credits: template?.credits ?? 0 });
      })
      .catch(() => setState({ ready: false, credits: 0 }));
  };
  // On mount (a page may show it only after its own data arrived) and on every later show of the page.
  // biome-ignore lint/correctness/useExhaustiveDependencies: once per mount
  useEffect(load, []);
  useDidShow(load);

  if (!state.ready) return null;
  const ask = async () => {
    if (asking) return;
    setAsking(true);
    const outcome = await askToSubscribe([notice]);
    setAsking(false);
    setState({ ready: true, credits: creditsFor(notice) });
    const toast = subscribeToast(outcome);
    if (toast) void Taro.showToast({ title: toast, icon: 'none', duration: 2500 });
  };
  return (
    <View className="subscribe-nudge" hoverClass="btn--pressed" onClick={() => void ask()}>
      <View className="subscribe-nudge__bell" />
      <Text className="subscribe-nudge__label">{label}</Text>
      <Text className="subscribe-nudge__state">{state.credits > 0 ? `会通知你 ${state.credits} 次` : '开启'}</Text>
    </View>
  );
}
