import { randomInt } from 'node:crypto';
import { DomainError, type CreateInvitationRequest, type InvitationResponse } from '@app/shared';
import type { InvitationRecord } from '../../../adapters/dynamodb';
import type { AppDeps } from '../../../composition';
import type { Principal } from '../../../http/route';
import { newIdFactory } from '../../../core/ids';
import { toInvitationResponse } from '../invitation-view';

const ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';
const VALID_MS = 24 * 3_600_000;
const MAX_DRAWS = 4;

const randomCode = () => Array.from({ length: 12 }, () => ALPHABET[randomInt(0, ALPHABET.length)]).join('');

/**
 * A marketer invites a new employee to a store: a one-time code valid 24 hours, shown as a QR that opens the
 * mini-program's 店员邀请 page. Nobody needs to know the employee's openid; accepting binds it (accept-invitation).
 */
export async function createInvitation(
  request: CreateInvitationRequest,
  by: Principal,
  nowMs: number,
  deps: Pick<AppDeps, 'invitations' | 'stores' | 'audit' | 'commit'>,
): Promise<InvitationResponse> {
  const store = await deps.stores.get(request.storeId);
  if (!store)
    throw new DomainError('VALIDATION_FAILED', '门店不存在', {
      issues: [{ path: 'body.storeId', message: 'unknown store' }],
    });
  const createdAt = new Date(nowMs).toISOString();
  for (let draw = 0; draw < MAX_DRAWS; draw++) {
    const invitation: InvitationRecord = {
      invitation: randomCode(),
      role: 'staff',
      storeId: store.storeId,
      ...(request.name ? { name: request.name } : {}),
      createdAt,
      createdBy: `marketer:${by.openid}`,
      expiresAt: new Date(nowMs + VALID_MS).toISOString(),
      usedBy: null,
      usedAt: null,
    };
    if (!(await deps.invitations.create(invitation))) continue;
    // Audited after the put (the code is secret until answered; the log keeps who invited whom to which store).
    await deps.commit([
      deps.audit.write({
        auditId: newIdFactory()(nowMs),
        at: createdAt,
        actor: invitation.createdBy,
        action: 'invitation.create',
        target: { kind: 'store', id: store.storeId },
        after: { storeId: store.storeId, name: request.name ?? null, expiresAt: invitation.expiresAt },
      }),
    ]);
    return toInvitationResponse(invitation, store.name);
  }
  throw new Error('could not draw a free invitation code');
}
