import Taro from '@tarojs/taro';
import { type NotificationKey, type SubscriptionsResponse, subscriptionsResponse } from '@app/shared';
import { isWeapp } from '../config/env';
import { apiRequest } from './api-client';
import { newIdempotencyKey } from './idempotency';

/** How a prompt ended, in the words the page shows (or nothing to show when the member was not asked). */
export type SubscribeOutcome =
  | { kind: 'accepted'; accepted: NotificationKey[]; rejected: NotificationKey[] }
  | { kind: 'rejected'; rejected: NotificationKey[] }
  /** The member turned subscribe messages off in WeChat's settings (or this app's switch): ask no more. */
  | { kind: 'off' }
  /** Nothing to ask: not in WeChat (H5), or the brand has not set these templates up yet. */
  | { kind: 'not-asked' };

let templates: SubscriptionsResponse | null = null;

/**
 * The templates the program set up, with WeChat's ids and the credits held. Call it when a page that may ask
 * shows: WeChat only opens the prompt inside a tap, so the ids must be at hand before the tap.
 */
export async function loadSubscribeTemplates(): Promise<SubscriptionsResponse> {
  templates = await apiRequest({ path: '/v1/me/subscriptions', schema: subscriptionsResponse });
  return templates;
}

/** Credits the member holds for a notice (0 until the templates are loaded). */
export const creditsFor = (key: NotificationKey): number =>
  templates?.templates.find((template) => template.key === key)?.credits ?? 0;

/**
 * Asks the member, inside the tap that calls it, to receive these notices (at most 3, WeChat's limit) and
 * reports the answer to the server, where each acceptance allows one message: `askToSubscribe(['topup-success'])`.
 * Never throws: a refusal, a switched-off setting or a failed report is an outcome the page words.
 */
export async function askToSubscribe(keys: readonly NotificationKey[]): Promise<SubscribeOutcome> {
  if (!isWeapp) return { kind: 'not-asked' };
  const known = templates ?? (await loadSubscribeTemplates().catch(() => null));
  const asked = (known?.templates ?? []).filter((t) => keys.includes(t.key) && t.templateId).slice(0, 3);
  if (asked.length === 0) return { kind: 'not-asked' };
  let answers: Record<string, string>;
  try {
    answers = (await Taro.requestSubscribeMessage({
      tmplIds: asked.map((t) => t.templateId!),
    } as Parameters<typeof Taro.requestSubscribeMessage>[0])) as unknown as Record<string, string>;
  } catch (error) {
    // 20004: the member switched subscribe messages off for this mini-program; other errors: nothing was asked.
    return (error as { errCode?: number })?.errCode === 20004 ? { kind: 'off' } : { kind: 'not-asked' };
  }
  const accepted = asked.filter((t) => answers[t.templateId!] === 'accept').map((t) => t.key);
  const rejected = asked.filter((t) => answers[t.templateId!] !== 'accept').map((t) => t.key);
  try {
    templates = await apiRequest({
      method: 'POST',
      path: '/v1/me/subscriptions',
      body: { accepted, rejected },
      schema: subscriptionsResponse,
      headers: { 'Idempotency-Key': newIdempotencyKey('sub') },
    });
  } catch {
    // The answer is lost to the server: the member is asked again next time, which is harmless.
  }
  if (accepted.length > 0) return { kind: 'accepted', accepted, rejected };
  const banned = asked.every((t) => answers[t.templateId!] === 'ban');
  return banned ? { kind: 'off' } : { kind: 'rejected', rejected };
}

/** A short line for a toast after asking, or null when there is nothing to say. */
export function subscribeToast(outcome: SubscribeOutcome): string | null {
  switch (outcome.kind) {
    case 'accepted':
      return '订阅成功，到时会在微信里通知你';
    case 'rejected':
      return '你没有同意接收通知，随时可以再点这里开启';
    case 'off':
      return '微信里的订阅消息已关闭，可在右上角「…」→「设置」中打开';
    case 'not-asked':
      return null;
  }
}
