import {
  authResponse,
  invitationResponse,
  type AcceptInvitationRequest,
  type CreateInvitationRequest,
} from '@app/shared';
import { apiRequest } from '../../../lib/api-client';

/** POST /v1/admin/staff/invitations — a one-time invitation to a store, valid 24 hours. */
export const createInvitation = (body: CreateInvitationRequest, idempotencyKey: string) =>
  apiRequest({
    method: 'POST',
    path: '/v1/admin/staff/invitations',
    body,
    schema: invitationResponse,
    headers: { 'Idempotency-Key': idempotencyKey },
  });

/** POST /v1/auth/invitation — the new employee's WeChat login, bound to the invitation's store. */
export const acceptInvitation = (body: AcceptInvitationRequest) =>
  apiRequest({ method: 'POST', path: '/v1/auth/invitation', body, schema: authResponse, auth: false });
