import { meResponse, memberCodeResponse } from '@app/shared';
import { apiRequest } from '../../../lib/api-client';

/** GET /v1/me — the member's card: level, growth, points, rights. */
export const getMe = () => apiRequest({ path: '/v1/me', schema: meResponse });

/** GET /v1/me/code — a short-lived signed member code for the QR. */
export const getMemberCode = () => apiRequest({ path: '/v1/me/code', schema: memberCodeResponse });
