import type { PunchCardView } from '@app/shared';

/** 剩 8/10 次, or 不限次 for a 限时卡. */
export const usesLeftWords = (card: Pick<PunchCardView, 'usesLeft' | 'usesTotal'>): string =>
  card.usesLeft === null ? '不限次' : `剩 ${card.usesLeft}/${card.usesTotal ?? card.usesLeft} 次`;

export const CARD_STATUS_WORDS: Record<PunchCardView['status'], string> = {
  active: '可使用',
  used_up: '已用完',
  expired: '已过期',
  refunded: '已退款',
};
