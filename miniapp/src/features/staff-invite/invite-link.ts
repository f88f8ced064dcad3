import type { InvitationResponse } from '@app/shared';
import { isWeapp } from '../../config/env';
import { formatDateTime } from '../../lib/format';

/**
 * What the invitation's QR holds: in WeChat the mini-program page with the code; in the H5 build the page's web
 * address, so a phone camera opens it.
 */
export function invitationLink(invitation: Pick<InvitationResponse, 'path'>): string {
  if (isWeapp || typeof window === 'undefined') return invitation.path;
  return `${window.location.origin}${window.location.pathname}#${invitation.path}`;
}

/** The code in groups of four, so it can be read aloud or typed: ABCD EFGH JKLM. */
export const groupedCode = (code: string) => code.replace(/(.{4})(?=.)/g, '$1 ');

/** 邀请 人民广场店 的新店员 · 24 小时内有效（至 11月24日 14:05） */
export const invitationMeta = (invitation: Pick<InvitationResponse, 'storeName' | 'expiresAt' | 'name'>) =>
  `邀请${invitation.storeName}的新店员${invitation.name ? ` ${invitation.name}` : ''} · 一次有效，${formatDateTime(invitation.expiresAt)} 前使用`;
