import type { InvitationResponse } from '@app/shared';
import type { InvitationRecord } from '../../adapters/dynamodb';

/** The mini-program page an invitation's QR opens. */
export const INVITATION_PAGE = '/store/join/index';

export const toInvitationResponse = (invitation: InvitationRecord, storeName: string): InvitationResponse => ({
  invitation: invitation.invitation,
  role: invitation.role,
  storeId: invitation.storeId,
  storeName,
  name: invitation.name ?? null,
  createdAt: invitation.createdAt,
  createdBy: invitation.createdBy,
  expiresAt: invitation.expiresAt,
  path: `${INVITATION_PAGE}?invitation=${invitation.invitation}`,
});
