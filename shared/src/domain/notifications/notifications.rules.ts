import { businessDateOf, formatInZone } from '../time/program-time';

/**
 * Subscribe messages (product.md "Notifications"): the service notices the program sends, each a template the
 * brand applies for in WeChat's console and names in the settings (`notifications.templates`).
 */
export const NOTIFICATION_KEYS = [
  'coupon-arrived',
  'points-expiring',
  'checkin-reminder',
  'plan-expiring',
  'topup-success',
] as const;
export type NotificationKey = (typeof NOTIFICATION_KEYS)[number];

/** What a member sees the notice called (the console's outbox and the mini-program's prompts use the same words). */
export const NOTIFICATION_TITLES: Record<NotificationKey, string> = {
  'coupon-arrived': '券到账提醒',
  'points-expiring': '积分即将过期',
  'checkin-reminder': '签到提醒',
  'plan-expiring': '会员即将到期',
  'topup-success': '充值成功',
};

/** The page a notice opens unless the settings name another. */
export const NOTIFICATION_PAGES: Record<NotificationKey, string> = {
  'coupon-arrived': 'pages/coupons/index',
  'points-expiring': 'pages/points/index',
  'checkin-reminder': 'pages/checkin/index',
  'plan-expiring': 'pages/card/index',
  'topup-success': 'pages/card/index',
};

/** What each message carries, besides `title`, `body` and `time` (every message has those). */
export const NOTIFICATION_VALUES = {
  'coupon-arrived': ['couponTitle', 'validUntil'],
  'points-expiring': ['points', 'expiryDate'],
  'checkin-reminder': ['points'],
  'plan-expiring': ['planName', 'expiryDate'],
  'topup-success': ['amount', 'balance'],
} as const satisfies Record<NotificationKey, readonly string[]>;

export const COMMON_NOTIFICATION_FIELDS = ['title', 'body', 'time'] as const;
export const NOTIFICATION_FIELDS = [
  ...COMMON_NOTIFICATION_FIELDS,
  ...new Set(Object.values(NOTIFICATION_VALUES).flat()),
] as readonly string[];

/** A member may hold this many unspent acceptances of one template (each prompt adds one). */
export const MAX_SUBSCRIBE_CREDITS = 10;
/** WeChat shows at most three templates in one prompt. */
export const MAX_TEMPLATES_PER_PROMPT = 3;

export type NotificationValues<K extends NotificationKey> = Record<(typeof NOTIFICATION_VALUES)[K][number], string>;

export type OutboxStatus = 'pending' | 'sending' | 'sent' | 'skipped' | 'failed';

/** An outbox message as written: the sender fills WeChat's keywords from `values`, `title`, `body` and `time`. */
export interface OutboxMessage {
  messageId: string;
  memberId: string;
  template: NotificationKey;
  title: string;
  body: string;
  page: string;
  values?: Record<string, string>;
  createdAt: string;
  status: 'pending';
}

const BODIES: { [K in NotificationKey]: (values: NotificationValues<K>) => string } = {
  'coupon-arrived': (v) => `您有一张「${v.couponTitle}」已到账，${v.validUntil} 前有效`,
  'points-expiring': (v) => `您有 ${v.points} 积分 ${v.expiryDate} 到期，记得使用哦`,
  'checkin-reminder': (v) => `今天还没有签到哦，签到可得 ${v.points} 积分`,
  'plan-expiring': (v) => `您的「${v.planName}」将于 ${v.expiryDate} 到期`,
  'topup-success': (v) => `充值 ${v.amount} 已到账，余额 ${v.balance}`,
};

/**
 * The one builder of an outbox message: `deps.engagement.outboxWrite(...notice('topup-success', { … }))`.
 * `occasion` makes the message id unique for its member and template (a campaign id, an order id, an expiry date);
 * the id is what keeps a message from being written twice.
 */
export function notice<K extends NotificationKey>(
  template: K,
  input: { memberId: string; occasion: string; nowMs: number; timeZone: string; values: NotificationValues<K> },
): [date: string, message: OutboxMessage] {
  const date = businessDateOf(input.nowMs, input.timeZone);
  return [
    date,
    {
      messageId: `${input.memberId}#${template}#${input.occasion}`,
      memberId: input.memberId,
      template,
      title: NOTIFICATION_TITLES[template],
      body: BODIES[template](input.values),
      page: NOTIFICATION_PAGES[template],
      values: { ...input.values },
      createdAt: new Date(input.nowMs).toISOString(),
      status: 'pending',
    },
  ];
}

/**
 * The keyword data of a WeChat message: each keyword of the template (`thing1`, `time2` …) gets the field the
 * settings map it to; `time` is when the message was written, in program time ("2026-12-05 14:30").
 */
export function keywordData(
  message: Pick<OutboxMessage, 'title' | 'body' | 'createdAt' | 'values'>,
  fields: Record<string, string>,
  timeZone: string,
): { data: Record<string, string>; missing: string[] } {
  const available: Record<string, string> = {
    title: message.title,
    body: message.body,
    time: formatInZone(Date.parse(message.createdAt), timeZone).slice(0, 16).replace('T', ' '),
    ...message.values,
  };
  const data: Record<string, string> = {};
  const missing: string[] = [];
  for (const [keyword, field] of Object.entries(fields)) {
    const value = available[field];
    if (value === undefined) missing.push(field);
    else data[keyword] = fitKeyword(keyword, value);
  }
  return { data, missing };
}

/** `thing` keywords take at most 20 characters: a longer text is cut with an ellipsis rather than refused (47003). */
function fitKeyword(keyword: string, value: string): string {
  const chars = [...value];
  return keyword.startsWith('thing') && chars.length > 20 ? `${chars.slice(0, 19).join('')}…` : value;
}
