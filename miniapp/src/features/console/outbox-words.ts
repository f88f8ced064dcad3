import { NOTIFICATION_KEYS, NOTIFICATION_TITLES, type OutboxMessageView } from '@app/shared';

/** The console's words for the outbox (消息 page): statuses, notices and why a message did not go out. */
export const OUTBOX_STATUS_WORDS: Record<OutboxMessageView['status'], string> = {
  pending: '待发送',
  sending: '发送中',
  sent: '已送达',
  skipped: '未发送',
  failed: '发送失败',
};

const REASON_WORDS: Record<string, string> = {
  'no-credit': '会员没有订阅这类消息（或订阅次数已用完）',
  'template-not-configured': '规则设置里还没有填这类消息的模板',
  'member-not-found': '会员已不存在',
  'data-incomplete': '消息内容不全，模板的字段对不上',
  refused: '会员拒收或订阅次数已用完（微信 43101）',
  'rejected-by-wechat': '微信拒绝了这条消息（模板或内容有误）',
  unavailable: '微信服务繁忙，多次重试仍未成功',
  'unknown-outcome': '发送结果未知，为免重复不再发送',
};

export const reasonWords = (reason: string | null): string | null =>
  reason === null ? null : (REASON_WORDS[reason] ?? reason);

export const noticeTitle = (key: string): string => (NOTIFICATION_TITLES as Record<string, string>)[key] ?? key;

export const STATUS_FILTERS = [
  { key: 'all', label: '全部' },
  ...(['pending', 'sent', 'skipped', 'failed'] as const).map((key) => ({ key, label: OUTBOX_STATUS_WORDS[key] })),
];
export const NOTICE_FILTERS = [
  { key: 'all', label: '全部消息' },
  ...NOTIFICATION_KEYS.map((key) => ({ key, label: NOTIFICATION_TITLES[key] })),
];
